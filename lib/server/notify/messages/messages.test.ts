import { describe, expect, it } from 'vitest';
import { smsCost } from '@/lib/domain/sms-segments';
import { MESSAGES } from './index';
import type { MessageModule } from './message';
import { renderChannel } from './render-message';
import { SAMPLE_OFFICE } from './samples';
import { sampleInput as input } from '@/lib/testing/message-input';

/** An .ics with its long lines joined again (RFC 5545 folds them at 75 octets). */
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

const modules = Object.entries(MESSAGES) as [string, MessageModule<unknown>][];

describe('every message module', () => {
  it.each(modules)('%s: is filed under its own template name', (name, m) => {
    expect(m.template).toBe(name);
  });

  it.each(modules.filter(([, m]) => m.email))('%s: renders its e-mail from the sample', async (_, m) => {
    const mail = await renderChannel(m, 'EMAIL', input(m));
    expect(mail.subject).toMatch(/\S/);
    expect(mail.text).toMatch(/\S/);
    if (mail.html) {
      expect(mail.html).toMatch(/<html[^>]* lang="pl"/);
      // The code to an unproven address names no office (decision 039): its own test below.
      if (m.template !== 'email-change-code') expect(mail.html).toContain(SAMPLE_OFFICE.name);
    }
    expect(`${mail.subject}${mail.text}`).not.toMatch(/\{[a-z]+\}/); // no parameter left unfilled
  });

  it.each(modules.filter(([, m]) => m.sms))(
    '%s: its SMS stays within its budget of segments',
    async (_, m) => {
      const { text } = await renderChannel(m, 'SMS', input(m));
      expect(m.smsBudget).toBeGreaterThan(0);
      expect(smsCost(text).segments, text).toBeLessThanOrEqual(m.smsBudget!);
    },
  );
});

describe('the code SMS', () => {
  it('is one plain GSM-7 message, whatever office or matter: the text names neither', async () => {
    for (const resent of [false, true]) {
      const m = MESSAGES['confirmation-code'];
      const { text } = await renderChannel(m, 'SMS', { ...input(m), facts: { ...m.sample.facts, resent } });
      expect(smsCost(text.replace('{{secret:code}}', '482915'))).toMatchObject({
        encoding: 'GSM-7',
        segments: 1,
      });
    }
  });
});

describe('the confirmation', () => {
  it('carries the visit as a calendar event: its time in UTC, place, identifier', async () => {
    const m = MESSAGES['booking-confirmed'];
    const mail = await renderChannel(m, 'EMAIL', input(m));
    expect(mail.icalEvent).toMatchObject({ method: 'REQUEST', filename: expect.stringMatching(/\.ics$/) });
    const ics = unfold(mail.icalEvent!.content);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('DTSTART:20261202T071500Z');
    expect(ics).toContain('DTEND:20261202T073000Z');
    expect(ics).toContain('UID:00000000-0000-4000-8000-000000000001@termin.um.opole.pl');
    expect(ics).toContain('SEQUENCE:0');
    expect(ics).toMatch(/ORGANIZER;CN="?Centrum Usług Publicznych"?:mailto:rezerwacje@um.opole.pl/i);
    expect(ics).toMatch(/ATTENDEE;[^\n]*RSVP=FALSE[^\n]*:mailto:jan.kowalski@example.com/i);
    expect(ics).toContain('Pileckiego');
  });

  it('keeps the UID a booking made before decision 037 has in its resident’s calendar', async () => {
    const m = MESSAGES['booking-confirmed'];
    const visit = { ...m.sample.visit!, calendarUid: 'C-7K3MQX@termin.um.opole.pl' };
    const mail = await renderChannel(m, 'EMAIL', { ...input(m), visit });
    expect(unfold(mail.icalEvent!.content)).toContain('UID:C-7K3MQX@termin.um.opole.pl');
  });

  it('names the identifier and the kiosk code, and the manage link as a placeholder', async () => {
    const m = MESSAGES['booking-confirmed'];
    const mail = await renderChannel(m, 'EMAIL', input(m));
    expect(mail.text).toContain('C-7K3MQX');
    expect(mail.text).toContain('40271953');
    expect(mail.text).toContain('https://termin.example/wizyta/{{secret:token}}');
  });
});

describe('a cancellation at the resident’s request', () => {
  it('keeps its SMS within budget however long the clerk’s note (up to 500 characters)', async () => {
    const m = MESSAGES['visit-cancelled-at-request'];
    const note = 'Mieszkaniec zadzwonił i poprosił o odwołanie wizyty z powodu wyjazdu. '
      .repeat(7)
      .slice(0, 500);
    const { text } = await renderChannel(m, 'SMS', { ...input(m), facts: { ...m.sample.facts, note } });
    expect(smsCost(text).segments).toBeLessThanOrEqual(m.smsBudget!);
    expect(text).toContain('Mieszkaniec zadzwonił i poprosił');
    expect(text).toContain('77 54 11 361');
  });
});

describe('the calendar event', () => {
  const calendarMessages = [
    ['booking-confirmed', 'REQUEST'],
    ['visit-moved', 'REQUEST'],
    ['visit-rescheduled', 'REQUEST'],
    ['visit-reminder', 'REQUEST'],
    ['booking-cancelled', 'CANCEL'],
    ['visit-cancelled-at-request', 'CANCEL'],
    ['visit-cancelled-late', 'CANCEL'],
    ['booking-cancelled-by-office', 'CANCEL'],
    ['visit-reinstated', 'REQUEST'],
  ] as const;

  it.each(calendarMessages)('%s: carries it as a %s with the sequence of its facts', async (name, method) => {
    const m = MESSAGES[name] as unknown as MessageModule<{ sequence: number }>;
    const mail = await renderChannel(m, 'EMAIL', input(m));
    expect(mail.icalEvent?.method).toBe(method);
    const ics = unfold(mail.icalEvent!.content);
    expect(ics).toContain(`METHOD:${method}`);
    expect(ics).toContain(`SEQUENCE:${m.sample.facts.sequence}`);
    expect(ics).toContain(method === 'CANCEL' ? 'STATUS:CANCELLED' : 'STATUS:CONFIRMED');
  });
});

describe('the code to a new e-mail address (decision 039)', () => {
  it('carries the code as a placeholder and when it ends, nothing of the visit (the address is unproven); no SMS', async () => {
    const m = MESSAGES['email-change-code'];
    const mail = await renderChannel(m, 'EMAIL', input(m));
    expect(mail.subject).toBe('Kod potwierdzający nowy adres e-mail: {{secret:code}}');
    expect(mail.text).toContain('{{secret:code}}');
    for (const visit of ['C-7K3MQX', 'Rejestracja pojazdu sprowadzonego z zagranicy', 'grudnia 2026'])
      expect(mail.text + mail.html).not.toContain(visit);
    expect(mail.text).toContain('do godz. 10:41'); // 09:41 UTC in Opole
    expect(mail.text).toContain('zignoruj tę wiadomość');
    expect(m.sms).toBeUndefined();
    expect(m.secrets).toEqual({ EMAIL: ['code'] });
  });
});

describe('the notice of a correction to the old address (decision 039)', () => {
  const m = MESSAGES['booking-corrected'];
  const cases = [
    ['email', 'j***@example.com', 'Adres e-mail w rezerwacji C-7K3MQX zmieniono na j***@example.com.'],
    ['phone', '***200', 'Numer telefonu w rezerwacji C-7K3MQX zmieniono na ***200.'],
    ['phone', null, 'Z rezerwacji C-7K3MQX usunięto numer telefonu.'],
    ['applicationNumber', '***56', 'Numer wniosku w rezerwacji C-7K3MQX zmieniono na ***56.'],
  ] as const;

  it.each(cases)(
    '%s → %s: says what changed, and whom to call if it was not them',
    async (field, value, says) => {
      const facts = { field, value, reference: 'C-7K3MQX' };
      const mail = await renderChannel(m, 'EMAIL', { ...input(m), facts });
      expect(mail.subject).toBe('Zmieniono dane rezerwacji C-7K3MQX');
      expect(mail.text).toContain(says);
      expect(mail.text).toContain(
        'Jeśli to nie Ty wprowadzałeś(-aś) tę zmianę, zadzwoń od razu: 77 54 11 361.',
      );
    },
  );

  it.each(cases)('%s → %s: its SMS is one GSM-7 message', async (field, value) => {
    const facts = { field, value, reference: 'C-7K3MQX' };
    const { text } = await renderChannel(m, 'SMS', { ...input(m), facts });
    expect(text).toContain('C-7K3MQX');
    expect(text).toContain('77 54 11 361');
    expect(smsCost(text)).toMatchObject({ encoding: 'GSM-7', segments: 1 });
  });
});
