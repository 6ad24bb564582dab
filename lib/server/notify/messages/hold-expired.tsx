import { type Instant, defineMessage } from './message';
import { SAMPLE_VISIT } from './samples';
import { changeEmail, whenOf } from './visit-change';

/**
 * A hold ran out unconfirmed (the sweep, or a new hold of its time, found it past its hour): a
 * short note that nothing was booked and how to book again. No calendar: none was ever sent.
 */
export const holdExpired = defineMessage<{ reference: string; startsAt: Instant }>({
  template: 'hold-expired',
  aboutBooking: true,
  email: (i) =>
    changeEmail(
      i,
      {
        subject: i.t('told.holdExpired.subject'),
        title: i.t('told.holdExpired.title'),
        lead: i.t('told.holdExpired.lead'),
        valid: i.t('told.holdExpired.valid'),
      },
      { unbooked: true },
    ),
  smsBudget: 2,
  sms: ({ t, facts, office }) =>
    t('told.holdExpired.sms', { when: whenOf(facts), phone: office.bookingPhone }),
  sample: {
    facts: { reference: SAMPLE_VISIT.reference, startsAt: '2026-12-02T07:15:00Z' },
    visit: SAMPLE_VISIT,
  },
});
