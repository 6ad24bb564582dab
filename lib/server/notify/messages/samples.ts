import type { MessageOffice, MessageVisit } from './message';

// What the message modules' samples render with (tests, previews): a visit at the Centrum Usług
// Publicznych, with the longest words the catalogue has, so an SMS budget is tested at its worst.

export const SAMPLE_VISIT: MessageVisit = {
  id: '00000000-0000-4000-8000-000000000001',
  calendarUid: null,
  reference: 'C-7K3MQX',
  kioskCode: '40271953',
  startsAt: new Date('2026-12-02T07:15:00Z'),
  endsAt: new Date('2026-12-02T07:30:00Z'),
  matter: { name: 'Rejestracja pojazdu sprowadzonego z zagranicy', peupPath: '/karta/rejestracja-pojazdu' },
  category: { slug: 'rejestracja-pojazdow' },
};

export const SAMPLE_OFFICE_ID = '00000000-0000-4000-8000-000000000002';

export const SAMPLE_OFFICE: MessageOffice = {
  name: 'Centrum Usług Publicznych', // i18n-exempt: sample data, as the catalogue table holds it
  slug: 'cup',
  address: 'ul. Rotmistrza Witolda Pileckiego, 45-331 Opole',
  bookingPhone: '77 54 11 361',
  kioskEnabled: true,
};

/** The calendar facts of a change to the sample visit (the first change raised its sequence). */
export const SAMPLE_CHANGE = {
  reference: SAMPLE_VISIT.reference,
  startsAt: '2026-12-02T07:15:00Z',
  endsAt: '2026-12-02T07:30:00Z',
  sequence: 1,
};
