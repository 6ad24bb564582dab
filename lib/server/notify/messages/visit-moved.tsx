import { type Instant, type RenderInput, at, defineMessage } from './message';
import { SAMPLE_CHANGE, SAMPLE_VISIT } from './samples';
import { changeEmail, whenOf } from './visit-change';
import { type CalendarFacts, visitCalendar } from './visit-calendar';
import { formatDateTime } from '@/lib/i18n/format';

/** A move: the new time, and the time it had before (which the row no longer keeps). */
type MovedFacts = CalendarFacts & {
  previousStartsAt: Instant;
  /** The identifier before the move, when a new day drew a new one. */
  previousReference?: string;
};

/** The old time and, after a new day, the old identifier: what is no longer valid. */
function previousOf({ t, facts }: RenderInput<MovedFacts>): string[] {
  const previous = [t('told.previous', { when: formatDateTime(at(facts.previousStartsAt)) })];
  if (facts.previousReference && facts.previousReference !== facts.reference)
    previous.push(t('told.newReference', { previous: facts.previousReference }));
  return previous;
}

const sample = {
  facts: {
    ...SAMPLE_CHANGE,
    reference: 'C-4HPN2W',
    startsAt: '2026-12-03T08:30:00Z',
    endsAt: '2026-12-03T08:45:00Z',
    previousStartsAt: '2026-12-02T07:15:00Z',
    previousReference: SAMPLE_VISIT.reference,
  },
  visit: SAMPLE_VISIT,
};

// Who moved it, in general terms: the resident ("na Twoją prośbę") or the office ("przez urząd").
const WORDS = {
  'visit-rescheduled': {
    subject: 'told.rescheduled.subject',
    title: 'told.rescheduled.title',
    lead: 'told.rescheduled.lead',
    sms: 'told.rescheduled.sms',
  },
  'visit-moved': {
    subject: 'told.moved.subject',
    title: 'told.moved.title',
    lead: 'told.moved.lead',
    sms: 'told.moved.sms',
  },
} as const;

/**
 * A move, by the resident with the manage link ("Zmień termin") or by a clerk: the new details,
 * the new manage link (the old one no longer works), the old time and, after a new day, the old
 * identifier; the calendar event is updated (a REQUEST with a higher sequence).
 */
const movedMessage = <T extends keyof typeof WORDS>(template: T) => {
  const w = WORDS[template];
  return defineMessage<MovedFacts>({
    template,
    aboutBooking: true,
    secrets: { EMAIL: ['token'] },
    email: (i) =>
      changeEmail(
        i,
        {
          subject: i.t(w.subject, { when: whenOf(i.facts), reference: i.facts.reference }),
          title: i.t(w.title),
          lead: i.t(w.lead),
          previous: previousOf(i),
          valid: i.t('told.movedValid'),
        },
        { keeps: true, calendar: visitCalendar(i, 'REQUEST') },
      ),
    smsBudget: 3,
    sms: ({ t, facts, office }) =>
      t(w.sms, { when: whenOf(facts), office: office.name, reference: facts.reference }),
    sample,
  });
};

export const visitRescheduled = movedMessage('visit-rescheduled');
export const visitMoved = movedMessage('visit-moved');
