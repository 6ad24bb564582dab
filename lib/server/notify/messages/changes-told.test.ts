// Issue 24, point 1 (docs/decisions/038): every change and cancellation says what changed or was
// cancelled, by whom in general terms, the old time where there was one, what is still valid and
// how to book again, in the confirmation's layout; by SMS where the booking has only a phone.
import { describe, expect, it } from 'vitest';
import { MESSAGES, type Template } from './index';
import type { MessageModule } from './message';
import { renderChannel } from './render-message';
import { sampleInput } from '@/lib/testing/message-input';

const OLD_TIME = 'środa, 2 grudnia 2026, 08:15';
const NEW_TIME = 'czwartek, 3 grudnia 2026, 09:30';
const BOOK_AGAIN = 'https://termin.example/rezerwacja/cup/rejestracja-pojazdow';
const PHONE = '77 54 11 361';
const MANAGE = 'https://termin.example/wizyta/{{secret:token}}';

type Told = {
  template: Template;
  /** By whom, in general terms. */
  by: RegExp;
  /** The time the message is about, and the one before a move. */
  when: string;
  previous?: RegExp;
  /** What still stands. */
  valid: RegExp;
  reason?: string;
  /** A move keeps the visit (a new manage link); anything else says how to book again. */
  keeps: boolean;
  calendar: 'REQUEST' | 'CANCEL' | null;
  sms: RegExp;
};

const TOLD: Told[] = [
  {
    template: 'visit-rescheduled',
    by: /Na Twoją prośbę zmieniliśmy termin wizyty/,
    when: NEW_TIME,
    previous:
      /Poprzedni termin \(środa, 2 grudnia 2026, 08:15\) jest już nieaktualny[\s\S]*nowy identyfikator[\s\S]*\(C-7K3MQX\)/,
    valid:
      /Obowiązuje tylko nowy termin\. Odnośnik do rezerwacji z wcześniejszych wiadomości przestał działać/,
    keeps: true,
    calendar: 'REQUEST',
    sms: /^UM Opole: na Twoją prośbę zmieniliśmy termin wizyty na czwartek, 3 grudnia 2026, 09:30, .*C-4HPN2W.*Poprzedni termin jest nieaktualny/,
  },
  {
    template: 'visit-moved',
    by: /Urząd przeniósł Twoją wizytę na nowy termin/,
    when: NEW_TIME,
    previous: /Poprzedni termin \(środa, 2 grudnia 2026, 08:15\) jest już nieaktualny/,
    valid: /Obowiązuje tylko nowy termin/,
    keeps: true,
    calendar: 'REQUEST',
    sms: /^UM Opole: urząd przeniósł Twoją wizytę na czwartek, 3 grudnia 2026, 09:30, .*C-4HPN2W/,
  },
  {
    template: 'booking-cancelled',
    by: /Na Twoją prośbę odwołaliśmy wizytę/,
    when: OLD_TIME,
    valid: /Ta wizyta nie jest już zarezerwowana: termin został zwolniony/,
    keeps: false,
    calendar: 'CANCEL',
    sms: /^UM Opole: na Twoją prośbę odwołaliśmy wizytę C-7K3MQX \(środa, 2 grudnia 2026, 08:15\)\. Nowy termin: tel\. 77 54 11 361\.$/,
  },
  {
    template: 'visit-cancelled-at-request',
    by: /Na Twoją prośbę urząd odwołał wizytę/,
    when: OLD_TIME,
    valid: /Ta wizyta nie jest już zarezerwowana/,
    reason: 'Powód: Mieszkaniec poprosił telefonicznie o odwołanie wizyty',
    keeps: false,
    calendar: 'CANCEL',
    sms: /^UM Opole: na Twoją prośbę urząd odwołał wizytę C-7K3MQX .*Powód: Mieszkaniec poprosił.*77 54 11 361/,
  },
  {
    template: 'visit-cancelled-late',
    by: /Urząd anulował Twoją wizytę, ponieważ nie zgłosiłeś\(-aś\) się na czas/,
    when: OLD_TIME,
    valid: /Ta wizyta nie jest już zarezerwowana/,
    reason: 'Zgodnie z regulaminem rezerwacji spóźnienie może skutkować anulowaniem wizyty.',
    keeps: false,
    calendar: 'CANCEL',
    sms: /^UM Opole: urząd anulował wizytę C-7K3MQX .*z powodu spóźnienia.*77 54 11 361/,
  },
  {
    template: 'booking-cancelled-by-office',
    by: /urząd musiał odwołać Twoją wizytę/,
    when: OLD_TIME,
    valid: /Ta wizyta nie jest już zarezerwowana/,
    reason: 'Powód: awaria systemu CEPiK',
    keeps: false,
    calendar: 'CANCEL',
    sms: /^UM Opole: przepraszamy, urząd odwołał wizytę C-7K3MQX .*Powód: awaria systemu CEPiK.*77 54 11 361/,
  },
  {
    template: 'hold-expired',
    by: /Rezerwacja nie została potwierdzona kodem na czas, więc zwolniliśmy termin/,
    when: OLD_TIME,
    valid: /Nie masz zarezerwowanej wizyty w tym terminie/,
    keeps: false,
    calendar: null,
    sms: /^UM Opole: rezerwacja na środa, 2 grudnia 2026, 08:15 nie została potwierdzona kodem, więc nie jest ważna\. Nowy termin: 77 54 11 361\.$/,
  },
];

const moduleOf = (name: Template) => MESSAGES[name] as unknown as MessageModule<unknown>;
const emailOf = (name: Template) => renderChannel(moduleOf(name), 'EMAIL', sampleInput(moduleOf(name)));

describe.each(TOLD)('$template', (told) => {
  it('says what: the matter, the time, the office with its address, and the identifier', async () => {
    const { text, html } = await emailOf(told.template);
    expect(text).toContain('Rejestracja pojazdu sprowadzonego z zagranicy');
    expect(text).toContain(told.when);
    expect(text).toContain('Centrum Usług Publicznych, ul. Rotmistrza Witolda Pileckiego, 45-331 Opole');
    const reference = told.when === NEW_TIME ? 'C-4HPN2W' : 'C-7K3MQX';
    // A hold that ran out was never a visit: no identifier to keep.
    if (told.template === 'hold-expired') expect(text).not.toContain(reference);
    else expect(text).toContain(`Identyfikator wizyty: ${reference}`);
    // The confirmation's layout: its frame, heading and footer with the office's booking phone.
    expect(html).toContain('Urząd Miasta Opola — rezerwacja wizyt');
    expect(html).toMatch(/<h1[^>]*>/);
    expect(text).toContain(`Pomoc i rezerwacja telefoniczna: ${PHONE}`);
  });

  it('says by whom, the old time where there was one, and why where there is a reason', async () => {
    const { text } = await emailOf(told.template);
    expect(text).toMatch(told.by);
    if (told.previous) expect(text).toMatch(told.previous);
    else expect(text).not.toMatch(/Poprzedni termin/);
    if (told.reason) expect(text).toContain(told.reason);
  });

  it('says what is still valid, and how to book again (or where to manage the visit)', async () => {
    const { text } = await emailOf(told.template);
    expect(text).toMatch(told.valid);
    if (told.keeps) {
      expect(text).toContain(MANAGE);
      expect(text).not.toContain(BOOK_AGAIN);
    } else {
      expect(text).toContain(`zarezerwuj termin na stronie ${BOOK_AGAIN}`);
      expect(text).toContain(`albo zadzwoń: ${PHONE}`);
      expect(text).not.toContain('{{secret:token}}');
    }
  });

  it('carries the calendar event it should, and says so', async () => {
    const mail = await emailOf(told.template);
    expect(mail.icalEvent?.method ?? null).toBe(told.calendar);
    if (told.calendar === 'CANCEL') expect(mail.text).toContain('usunie tę wizytę z Twojego kalendarza');
    if (told.calendar === 'REQUEST') expect(mail.text).toContain('zastąpi dotychczasowe');
  });

  it('has an SMS for a booking with only a phone, saying the same in short', async () => {
    const m = moduleOf(told.template);
    const { text } = await renderChannel(m, 'SMS', sampleInput(m));
    expect(text).toMatch(told.sms);
  });
});
