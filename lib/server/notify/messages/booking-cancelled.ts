import { defineMessage } from './message';
import { SAMPLE_VISIT } from './samples';

/** The resident cancelled a confirmed visit with the manage link. */
export const bookingCancelled = defineMessage<{ reference: string }>({
  template: 'booking-cancelled',
  aboutBooking: true,
  email: async ({ t, facts }) => ({
    subject: t('notify.cancelled.subject', { reference: facts.reference }),
    text: t('notify.cancelled.text', { reference: facts.reference }),
  }),
  sample: { facts: { reference: SAMPLE_VISIT.reference }, visit: SAMPLE_VISIT },
});
