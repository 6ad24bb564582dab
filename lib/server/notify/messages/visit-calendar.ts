import { createEvent } from 'ics';
import type { CalendarEvent } from '../enqueue-message';
import { type Instant, type RenderInput, at, instant } from './message';

// The visit as a calendar event (docs/decisions/037): every .ics Termin sends is an iTIP message,
// REQUEST or CANCEL, of one event per booking. Its UID never changes (not even when a move to
// another day gives the visit a new identifier) and its SEQUENCE, raised in the transaction of
// every change, comes in the message's facts: a calendar keeps the newest and drops the rest.

/** What a message needs of the visit to carry its calendar event, as it stood at that change. */
export type CalendarFacts = { reference: string; startsAt: Instant; endsAt: Instant; sequence: number };

const UID_DOMAIN = 'termin.um.opole.pl';

/** The event's UID: kept from before decision 037 where a resident's calendar has that one. */
export const calendarUidOf = (b: { id: string; calendarUid: string | null }): string =>
  b.calendarUid ?? `${b.id}@${UID_DOMAIN}`;

/** The address of MAIL_FROM ("Urząd Miasta Opola <rezerwacje@…>" or a bare address). */
export function addressOf(mailFrom: string): string {
  return (/<([^<>]+)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom).trim();
}

function utcParts(d: Date): [number, number, number, number, number] {
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
}

type Method = CalendarEvent['method'] | 'PUBLISH';

/**
 * The visit's event as an iTIP message. REQUEST puts it in (or updates) the calendar of the
 * resident the e-mail goes to, CANCEL takes it out: the office organises it from MAIL_FROM's
 * address, the resident attends and is not asked to answer (RSVP=FALSE: nobody reads replies).
 * PUBLISH is the file the manage page offers ("Dodaj do kalendarza"): the same UID and SEQUENCE,
 * so a later REQUEST or CANCEL by e-mail updates the event it made, and no attendee (RFC 5546).
 */
function eventText(
  { t, facts, office, visit, recipient, mailFrom }: RenderInput<CalendarFacts>,
  method: Method,
): string {
  const { value, error } = createEvent({
    method,
    start: utcParts(at(facts.startsAt)),
    end: utcParts(at(facts.endsAt)),
    startInputType: 'utc',
    startOutputType: 'utc',
    endInputType: 'utc',
    endOutputType: 'utc',
    title: `${visit!.matter.name} — ${office.name}`,
    location: office.address,
    description: t('notify.confirmed.icsDescription', { reference: facts.reference }),
    uid: calendarUidOf(visit!),
    sequence: facts.sequence,
    status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    organizer: { name: office.name, email: addressOf(mailFrom) },
    // Termin keeps no names: the address names the attendee (else the library writes "Unnamed").
    ...(method === 'PUBLISH' ? {} : { attendees: [{ name: recipient, email: recipient, rsvp: false }] }),
  });
  if (!value) throw error ?? new Error('No calendar event');
  return value;
}

/** The visit's event for the e-mail that tells of it (a `text/calendar; method=…` part). */
export function visitCalendar(
  input: RenderInput<CalendarFacts>,
  method: CalendarEvent['method'],
): CalendarEvent {
  return { method, filename: input.t('notify.confirmed.icsFilename'), content: eventText(input, method) };
}

/** The visit's current event as a file to download (`recipient` is not used). */
export function visitCalendarFile(input: RenderInput<CalendarFacts>): { filename: string; content: string } {
  return { filename: input.t('notify.confirmed.icsFilename'), content: eventText(input, 'PUBLISH') };
}

/** The facts of a booking as a change left it (the sequence that change raised). */
export const calendarFactsOf = (b: {
  reference: string;
  startsAt: Date;
  endsAt: Date;
  calendarSequence: number;
}): CalendarFacts => ({
  reference: b.reference,
  startsAt: instant(b.startsAt),
  endsAt: instant(b.endsAt),
  sequence: b.calendarSequence,
});
