import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
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
