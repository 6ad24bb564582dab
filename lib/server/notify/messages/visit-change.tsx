import VisitChangeEmail from '@/emails/visit-change';
import { formatDateTime } from '@/lib/i18n/format';
import type { CalendarEvent } from '../enqueue-message';
import { placeholder } from '../outbox-secrets';
import { renderEmail } from '../render-email';
import { type EmailContent, type Instant, type RenderInput, at } from './message';

// The messages that tell a resident of a change to a booking, or of its end (docs/decisions/038),
// share one e-mail (emails/visit-change.tsx): each module gives its own words, this puts in the
// visit as its facts tell it and the office as it is now.

/** What every change message is about: the visit's identifier and time at that change. */
export type ChangeFacts = { reference: string; startsAt: Instant };

/** A change message's own sentences, already in the booking's language. */
export type ChangeWords = {
  subject: string;
  title: string;
  lead: string;
  previous?: string[];
  reason?: string;
  /** What still stands; a cancellation's default: nothing is booked any more. */
  valid?: string;
};

export type ChangeShape = {
  /** The visit stands at its new time: its kiosk code and new manage link go with it. */
  keeps?: true;
  /** Nothing was ever booked (a hold that ran out): no identifier to name. */
  unbooked?: true;
  calendar?: CalendarEvent;
};

/** The category's booking page: where to book again. */
export const bookingPageOf = ({ appUrl, office, visit }: RenderInput<unknown>) =>
  `${appUrl}/rezerwacja/${office.slug}/${visit!.category.slug}`;

/** The facts' time as the messages write it. */
export const whenOf = (facts: ChangeFacts) => formatDateTime(at(facts.startsAt));

export async function changeEmail<F extends ChangeFacts>(
  i: RenderInput<F>,
  words: ChangeWords,
  shape: ChangeShape,
): Promise<EmailContent> {
  const { t, locale, facts, office, visit, appUrl } = i;
  const content = await renderEmail(
    words.subject,
    <VisitChangeEmail
      locale={locale}
      title={words.title}
      preview={words.subject}
      lead={words.lead}
      matter={visit!.matter.name}
      when={whenOf(facts)}
      officeName={office.name}
      address={office.address}
      reference={shape.unbooked ? undefined : facts.reference}
      previous={words.previous}
      reason={words.reason}
      valid={words.valid ?? t('told.cancelledValid')}
      kioskCode={shape.keeps && office.kioskEnabled ? visit!.kioskCode : undefined}
      manageUrl={shape.keeps ? `${appUrl}/wizyta/${placeholder('token')}` : undefined}
      bookUrl={shape.keeps ? undefined : bookingPageOf(i)}
      calendarNote={
        shape.calendar &&
        t(shape.calendar.method === 'CANCEL' ? 'told.calendarCancel' : 'told.calendarUpdate')
      }
      bookingPhone={office.bookingPhone}
    />,
  );
  return shape.calendar ? { ...content, icalEvent: shape.calendar } : content;
}
