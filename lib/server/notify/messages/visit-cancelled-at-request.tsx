import VisitCancelledAtRequestEmail from '@/emails/visit-cancelled-at-request';
import { fitSms } from '@/lib/domain/sms-segments';
import { formatDateTime } from '@/lib/i18n/format';
import { renderEmail } from '../render-email';
import { type Instant, at, defineMessage } from './message';
import { SAMPLE_VISIT } from './samples';

/** A clerk cancelled the visit because the resident asked; `note` is the clerk's reason. */
export const visitCancelledAtRequest = defineMessage<{ reference: string; startsAt: Instant; note: string }>({
  template: 'visit-cancelled-at-request',
  aboutBooking: true,
  email: ({ t, locale, facts, office, visit, appUrl }) =>
    renderEmail(
      t('changes.email.cancelled.subject', { reference: facts.reference }),
      <VisitCancelledAtRequestEmail
        locale={locale}
        reference={facts.reference}
        officeName={office.name}
        matter={visit!.matter.name}
        when={formatDateTime(at(facts.startsAt))}
        reason={facts.note}
        bookingPhone={office.bookingPhone}
        bookUrl={`${appUrl}/rezerwacja/${office.slug}/${visit!.category.slug}`}
      />,
    ),
  smsBudget: 3,
  // The clerk's note may be long (500 characters): the SMS shortens it to stay within budget.
  sms: ({ t, facts, office }) =>
    fitSms(
      (reason) =>
        t('changes.sms.cancelled', {
          reference: facts.reference,
          when: formatDateTime(at(facts.startsAt)),
          reason,
          phone: office.bookingPhone,
        }),
      facts.note,
      3,
    ),
  sample: {
    facts: {
      reference: SAMPLE_VISIT.reference,
      startsAt: '2026-12-02T07:15:00Z',
      note: 'Mieszkaniec poprosił telefonicznie o odwołanie wizyty', // i18n-exempt: sample of a clerk's note
    },
    visit: SAMPLE_VISIT,
  },
});
