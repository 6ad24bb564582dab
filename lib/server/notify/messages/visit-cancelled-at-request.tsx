import VisitCancelledAtRequestEmail from '@/emails/visit-cancelled-at-request';
import { fitSms } from '@/lib/domain/sms-segments';
import { formatDateTime } from '@/lib/i18n/format';
import { renderEmail } from '../render-email';
import { at, defineMessage } from './message';
import { type CalendarFacts, visitCalendar } from './visit-calendar';
import { SAMPLE_VISIT } from './samples';

/** A clerk cancelled the visit because the resident asked; `note` is the clerk's reason. */
export const visitCancelledAtRequest = defineMessage<CalendarFacts & { note: string }>({
  template: 'visit-cancelled-at-request',
  aboutBooking: true,
  email: async (i) => {
    const { t, locale, facts, office, visit, appUrl } = i;
    const content = await renderEmail(
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
    );
    return { ...content, icalEvent: visitCalendar(i, 'CANCEL') };
  },
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
      endsAt: '2026-12-02T07:30:00Z',
      sequence: 1,
      note: 'Mieszkaniec poprosił telefonicznie o odwołanie wizyty', // i18n-exempt: sample of a clerk's note
    },
    visit: SAMPLE_VISIT,
  },
});
