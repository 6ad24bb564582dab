import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import ICAL from 'ical.js';
import type { SinkMessage } from '../lib/testing/smtp-sink';
import { E2E_MAIL_DIR } from './mail-dir';

/** The newest e-mail to `to` whose subject matches, as delivered to the SMTP sink. */
export async function waitForEmail(to: string, subject: RegExp): Promise<SinkMessage> {
  let found: SinkMessage | undefined;
  await expect
    .poll(
      () => {
        const files = fs.readdirSync(E2E_MAIL_DIR).sort().reverse();
        for (const f of files) {
          const m = JSON.parse(fs.readFileSync(path.join(E2E_MAIL_DIR, f), 'utf8')) as SinkMessage;
          if (m.to.includes(to) && subject.test(m.subject)) return (found = m);
        }
        return undefined;
      },
      { timeout: 30_000, message: `e-mail to ${to} with subject ${subject}` },
    )
    .toBeTruthy();
  return found!;
}

/** The 6-digit code from the confirmation e-mail. */
export async function readCodeFromEmail(to: string): Promise<string> {
  const m = await waitForEmail(to, /Kod potwierdzający|Nowy kod/);
  return /(\d{6})/.exec(m.subject)![1]!;
}

/** Quoted-printable text decoded (UTF-8). */
const fromQuotedPrintable = (s: string) =>
  s
    .replace(/=\r?\n/g, '')
    .replace(/(=[0-9A-F]{2})+/g, (q) => Buffer.from(q.replaceAll('=', ''), 'hex').toString('utf8'));

/** The text of an e-mail as sent: quoted-printable decoded (UTF-8), base64 parts decoded. */
export function bodyOf(m: SinkMessage): string {
  const base64 = [...m.raw.matchAll(/base64\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/g)].map((b) =>
    Buffer.from(b[1]!.replace(/\s/g, ''), 'base64').toString('utf8'),
  );
  return [fromQuotedPrintable(m.raw), ...base64].join('\n');
}

/** The manage link of an e-mail (its path). */
export const manageLinkOf = (m: SinkMessage) => /\/wizyta\/[\w-]{43}/.exec(bodyOf(m))![0];

/**
 * The e-mail's calendar event as a calendar client reads it: the method of its
 * `text/calendar` part, and the METHOD, UID, SEQUENCE, STATUS and start of the file in it.
 */
export function calendarOf(m: SinkMessage) {
  const part = /Content-Type: text\/calendar;([^]*?)\r?\n\r?\n([^]*?)\r?\n--/i.exec(m.raw);
  expect(part, `a text/calendar part in "${m.subject}"`).not.toBeNull();
  const [, headers, body] = part!;
  const encoding = /Content-Transfer-Encoding:\s*([\w-]+)/i.exec(headers!)?.[1]?.toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body!.replace(/\s/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? fromQuotedPrintable(body!)
        : body!;
  return { partMethod: /method=([A-Z]+)/i.exec(headers!)?.[1], ...readCalendar(text) };
}

/** METHOD, UID, SEQUENCE, STATUS and start of an .ics (its one event). */
export function readCalendar(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent')!;
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    status: String(event.getFirstPropertyValue('status')),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate(),
  };
}
