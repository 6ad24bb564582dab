import BookingConfirmedEmail from '@/emails/booking-confirmed';
import { formatDateTime } from '@/lib/i18n/format';
import { peupUrl } from '@/lib/server/core/config';
import { renderEmail } from '../render-email';
import { placeholder } from '../outbox-secrets';
import { at, defineMessage } from './message';
import { type CalendarFacts, visitCalendar } from './visit-calendar';
import { SAMPLE_VISIT } from './samples';

/** The visit as this message is about it: the row may have moved since it was queued. */
type ConfirmedFacts = CalendarFacts;

/**
 * The booking is confirmed: identifier, kiosk code, PEUP link, manage link and .ics by e-mail, the
 * essentials by SMS. Online and by phone alike; sent again with the new time after a reschedule.
 */
export const bookingConfirmed = defineMessage<ConfirmedFacts>({
  template: 'booking-confirmed',
  aboutBooking: true,
  secrets: { EMAIL: ['token'] },
  email: async (i) => {
    const { t, locale, facts, office, visit, appUrl, peupBaseUrl } = i;
    const when = formatDateTime(at(facts.startsAt));
    const content = await renderEmail(
      t('notify.confirmed.subject', { when, reference: facts.reference }),
      <BookingConfirmedEmail
        locale={locale}
        reference={facts.reference}
        kioskCode={visit!.kioskCode}
        officeName={office.name}
        address={office.address}
        matter={visit!.matter.name}
        when={when}
        peupUrl={peupUrl(visit!.matter.peupPath, peupBaseUrl)}
        manageUrl={`${appUrl}/wizyta/${placeholder('token')}`}
        kiosk={office.kioskEnabled}
        bookingPhone={office.bookingPhone}
      />,
    );
    content.icalEvent = visitCalendar(i, 'REQUEST');
    return content;
  },
  smsBudget: 3,
  sms: ({ t, facts, office, visit }) =>
    t(office.kioskEnabled ? 'notify.confirmed.smsKiosk' : 'notify.confirmed.sms', {
      when: formatDateTime(at(facts.startsAt)),
      office: office.name,
      reference: facts.reference,
      kioskCode: visit!.kioskCode,
    }),
  sample: {
    facts: {
      reference: SAMPLE_VISIT.reference,
      startsAt: '2026-12-02T07:15:00Z',
      endsAt: '2026-12-02T07:30:00Z',
      sequence: 0,
    },
    visit: SAMPLE_VISIT,
  },
});
