// Helpers of the fuzz-style tests: what a call ended in, whether a refusal is said in Polish,
// and a snapshot of the booking tables of one test category.
import { expect } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import { redirectTarget } from './staff';

export type Outcome =
  | { kind: 'value'; value: unknown }
  | { kind: 'redirect'; to: string }
  | { kind: 'not-found' }
  | { kind: 'thrown'; error: unknown };

/** Runs `fn`, telling Next.js's redirect() and notFound() apart from any other throw. */
export async function outcomeOf(fn: () => unknown): Promise<Outcome> {
  try {
    return { kind: 'value', value: await fn() };
  } catch (e) {
    const to = redirectTarget(e);
    if (to !== undefined) return { kind: 'redirect', to };
    const digest = (e as { digest?: unknown } | null)?.digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;404'))
      return { kind: 'not-found' };
    return { kind: 'thrown', error: e };
  }
}

/** Words of an untranslated library message or of the catch-all "our fault" answer. */
const NOT_A_PROPER_ANSWER =
  /po naszej stronie|invalid|expected|required|too (big|small)|undefined|error|\bNaN\b|\[object/i;

/** A refusal in the one form-state shape, every sentence in it a specific Polish one. */
export function expectPolishRefusal(state: unknown, context: string) {
  expect(state, context).toMatchObject({ ok: false, message: expect.any(String) });
  const s = state as { message: string; fieldErrors?: Record<string, string[] | undefined> };
  for (const text of [s.message, ...Object.values(s.fieldErrors ?? {}).flatMap((m) => m ?? [])]) {
    expect(text.length, context).toBeGreaterThan(5);
    expect(text, context).not.toMatch(NOT_A_PROPER_ANSWER);
  }
}

/**
 * What a request may have changed in one category, in one query: a digest of its bookings (the
 * fields a resident's action touches) and the number of its seats, contact locks and queued
 * messages (reminders, queued by other tests' sweeps in the shared database, left out).
 */
export async function bookingTables(categoryId: string) {
  const [row] = await prisma.$queryRaw<
    { bookings: string; seats: number; locks: number; messages: number }[]
  >`
    SELECT
      (SELECT md5(coalesce(string_agg(concat_ws('|', id, status, "codeHash", "codeAttempts", "codeResends",
          email, phone, "smsOptIn", "idApplicationNumber", "confirmedAt", "cancelledAt"), ',' ORDER BY id), ''))
        FROM "Booking" WHERE "categoryId" = ${categoryId}::uuid) AS bookings,
      (SELECT count(*)::int FROM "SlotClaim" WHERE "categoryId" = ${categoryId}::uuid) AS seats,
      (SELECT count(*)::int FROM "ContactLock" WHERE "categoryId" = ${categoryId}::uuid) AS locks,
      (SELECT count(*)::int FROM "OutboxMessage" m JOIN "Booking" b ON b.id = m."bookingId"
        WHERE b."categoryId" = ${categoryId}::uuid AND m.template <> 'visit-reminder') AS messages`;
  return row!;
}

/**
 * Bookings of the category whose contact data is not in its normalised form: e-mail in lower
 * case ASCII, phone in E.164, application number as the ID-card office writes it, no control,
 * format or bidirectional characters anywhere.
 */
export async function uncleanBookings(categoryId: string, applicationNumber: RegExp) {
  const rows = await prisma.booking.findMany({
    where: { categoryId },
    select: { id: true, email: true, phone: true, idApplicationNumber: true },
  });
  return rows.filter(
    (b) =>
      !/^[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(b.email ?? '') ||
      (b.phone !== null && !/^\+\d{8,15}$/.test(b.phone)) ||
      (b.idApplicationNumber !== null && !applicationNumber.test(b.idApplicationNumber)),
  );
}
