// How long Termin keeps what it knows about a resident (docs/data-retention.md). Pure: `now`, the
// periods and the zone come in as arguments.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { OFFICE_TZ, addDays, atLocalTime, localDateOf } from './time';

export const DEFAULT_RETENTION_DAYS = 14;
/** Sent e-mails and SMS are deleted this many days after they went out. */
export const SENT_MESSAGE_DAYS = 30;
/** What replaces a contact found inside audit data or a free-text reason. */
export const ERASED = '[usunięto]'; // i18n-exempt: written into stored data

/** The moment a booking's retention period counts from: its visit, or its cancellation if earlier. */
function retentionStart(b: { startsAt: Date; cancelledAt?: Date | null }): Date {
  return b.cancelledAt && b.cancelledAt < b.startsAt ? b.cancelledAt : b.startsAt;
}

/**
 * Bookings whose visit (or cancellation) came before this instant lose their personal data on
 * `now`'s run: those of the calendar days up to `retentionDays` days before today. Counted in
 * Opole's days, so a visit on 2 December is anonymised on 16 December with 14 days.
 */
export function retentionCutoff(now: Date, retentionDays: number, zone: string = OFFICE_TZ): Date {
  return atLocalTime(addDays(localDateOf(now, zone), 1 - retentionDays), 0, zone);
}

/** The day (YYYY-MM-DD) on which a confirmed booking's personal data will be erased. */
export function erasureDate(
  b: { startsAt: Date; cancelledAt?: Date | null },
  retentionDays: number,
  zone: string = OFFICE_TZ,
): string {
  return addDays(localDateOf(retentionStart(b), zone), retentionDays);
}

export type ManageState = 'open' | 'read-only' | 'deleted';

/**
 * What the manage link (/wizyta/{token}) allows: changes until the visit begins, only reading
 * afterwards (the right of access), and once the data are erased, only that the booking is over.
 */
export function manageStateOf(
  b: { status: string; startsAt: Date; anonymisedAt: Date | null },
  now: Date,
): ManageState {
  if (b.anonymisedAt) return 'deleted';
  if (b.startsAt.getTime() <= now.getTime()) return 'read-only';
  return b.status === 'HELD' || b.status === 'CONFIRMED' ? 'open' : 'read-only';
}

export type ErasedContacts = {
  email?: string | null;
  phone?: string | null;
  applicationNumber?: string | null;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `s` with any spaces or dashes between its characters ("600 123-456"). */
const spaced = (s: string) => [...s].map(escape).join('[\\s-]*');

/** Patterns that find each contact as people write it: any case, a phone with or without spaces. */
function patternsOf(c: ErasedContacts): RegExp[] {
  const out: RegExp[] = [];
  const email = c.email?.trim();
  if (email) out.push(new RegExp(escape(email), 'gi'));
  if (c.phone) {
    const p = parsePhoneNumberFromString(c.phone);
    const national = p?.nationalNumber ?? c.phone.replace(/\D/g, '');
    const prefix = p ? `(?:(?:\\+|00)?\\s*${spaced(p.countryCallingCode)}[\\s-]*)?` : '\\+?';
    if (national.length >= 5) out.push(new RegExp(prefix + spaced(national), 'g'));
  }
  const number = c.applicationNumber?.trim();
  if (number) out.push(new RegExp(spaced(number.replace(/[\s-]+/g, '')), 'gi'));
  return out;
}

/**
 * A copy of `value` (a string or JSON) with every occurrence of the contacts replaced by
 * ERASED, wherever it sits. Used on audit data and free-text reasons when a booking or a block
 * is anonymised, so the record of what happened stays and the person drops out of it.
 */
export function scrubContacts<T>(value: T, contacts: ErasedContacts | ErasedContacts[]): T {
  const patterns = [contacts].flat().flatMap(patternsOf);
  if (!patterns.length) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return patterns.reduce((s, re) => s.replace(re, ERASED), v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
