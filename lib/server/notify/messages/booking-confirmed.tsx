import { createEvent } from 'ics';
import BookingConfirmedEmail from '@/emails/booking-confirmed';
import { formatDateTime } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translator';
import { peupUrl } from '@/lib/server/core/config';
import { renderEmail } from '../render-email';
import { placeholder } from '../outbox-secrets';
import { type Instant, type MessageOffice, type MessageVisit, at, defineMessage } from './message';
import { SAMPLE_VISIT } from './samples';

/** The visit as this message is about it: the row may have moved since it was queued. */
type ConfirmedFacts = { reference: string; startsAt: Instant; endsAt: Instant };

function utcParts(d: Date): [number, number, number, number, number] {
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
}

/** The calendar event of the visit (attached to the e-mail). */
export function visitIcs(t: Translator, facts: ConfirmedFacts, visit: MessageVisit, office: MessageOffice) {
  const { value } = createEvent({
    start: utcParts(at(facts.startsAt)),
    end: utcParts(at(facts.endsAt)),
    startInputType: 'utc',
    startOutputType: 'utc',
    endInputType: 'utc',
    endOutputType: 'utc',
    title: `${visit.matter.name} — ${office.name}`,
    location: office.address,
    description: t('notify.confirmed.icsDescription', { reference: facts.reference }),
    uid: `${facts.reference}@termin.um.opole.pl`,
  });
  return value ?? '';
}

/**
 * The booking is confirmed: identifier, kiosk code, PEUP link, manage link and .ics by e-mail, the
 * essentials by SMS. Online and by phone alike; sent again with the new time after a reschedule.
 */
export const bookingConfirmed = defineMessage<ConfirmedFacts>({
  template: 'booking-confirmed',
  aboutBooking: true,
  secrets: { EMAIL: ['token'] },
  email: async ({ t, locale, facts, office, visit, appUrl, peupBaseUrl }) => {
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
    content.attachments = [
      {
        filename: t('notify.confirmed.icsFilename'),
        contentType: 'text/calendar; charset=utf-8',
        content: visitIcs(t, facts, visit!, office),
      },
    ];
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
    },
    visit: SAMPLE_VISIT,
  },
});
