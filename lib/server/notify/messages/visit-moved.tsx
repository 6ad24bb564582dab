import VisitMovedEmail from '@/emails/visit-moved';
import { formatDateTime } from '@/lib/i18n/format';
import { renderEmail } from '../render-email';
import { placeholder } from '../outbox-secrets';
import { type Instant, at, defineMessage } from './message';
import { type CalendarFacts, visitCalendar } from './visit-calendar';
import { SAMPLE_VISIT } from './samples';

/**
 * A clerk moved the visit at the resident's request: the new details and link, and the time it
 * had before (which the row no longer keeps); `previousReference` when a new day changed it. Its
 * .ics updates the resident's calendar event (a REQUEST with a higher sequence).
 */
export const visitMoved = defineMessage<
  CalendarFacts & { previousStartsAt: Instant; previousReference?: string }
>({
  template: 'visit-moved',
  aboutBooking: true,
  secrets: { EMAIL: ['token'] },
  email: async (i) => {
    const { t, locale, facts, office, visit, appUrl } = i;
    const when = formatDateTime(at(facts.startsAt));
    const content = await renderEmail(
      t('changes.email.moved.subject', { when, reference: facts.reference }),
      <VisitMovedEmail
        locale={locale}
        bookingPhone={office.bookingPhone}
        reference={facts.reference}
        previousReference={facts.previousReference}
        kioskCode={visit!.kioskCode}
        kiosk={office.kioskEnabled}
        officeName={office.name}
        address={office.address}
        matter={visit!.matter.name}
        when={when}
        previousWhen={formatDateTime(at(facts.previousStartsAt))}
        manageUrl={`${appUrl}/wizyta/${placeholder('token')}`}
      />,
    );
    return { ...content, icalEvent: visitCalendar(i, 'REQUEST') };
  },
  smsBudget: 2,
  sms: ({ t, facts, office }) =>
    t('changes.sms.moved', {
      when: formatDateTime(at(facts.startsAt)),
      office: office.name,
      reference: facts.reference,
    }),
  sample: {
    facts: {
      reference: 'C-4HPN2W',
      startsAt: '2026-12-03T08:30:00Z',
      endsAt: '2026-12-03T08:45:00Z',
      sequence: 1,
      previousStartsAt: '2026-12-02T07:15:00Z',
      previousReference: SAMPLE_VISIT.reference,
    },
    visit: SAMPLE_VISIT,
  },
});
