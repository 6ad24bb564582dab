import { formatDateTime } from '@/lib/i18n/format';
import { type Instant, at, defineMessage } from './message';
import { SAMPLE_VISIT } from './samples';

/** A lateness cancellation was taken back: the visit stands after all. */
export const visitReinstated = defineMessage<{ reference: string; startsAt: Instant }>({
  template: 'visit-reinstated',
  aboutBooking: true,
  email: async ({ t, facts, office }) => ({
    subject: t('notify.reinstated.subject', { reference: facts.reference }),
    text: t('notify.reinstated.text', {
      reference: facts.reference,
      when: formatDateTime(at(facts.startsAt)),
      office: office.name,
    }),
  }),
  sample: {
    facts: { reference: SAMPLE_VISIT.reference, startsAt: '2026-12-02T07:15:00Z' },
    visit: SAMPLE_VISIT,
  },
});
