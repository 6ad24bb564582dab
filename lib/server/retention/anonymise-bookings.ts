import 'server-only';
import { type Tx } from '@/lib/server/core/db';
import { type ErasedContacts, scrubContacts } from '@/lib/domain/retention';
import type { Prisma } from '@/lib/generated/prisma/client';
import { contactHashesOf } from '@/lib/server/core/contact-hash';
import { releaseErasedBookings } from '@/lib/server/booking/release-booking';

export type ErasedBooking = {
  id: string;
  status: string;
  email: string | null;
  phone: string | null;
  idApplicationNumber: string | null;
  emailHash: string | null;
  phoneHash: string | null;
  createdAt: Date;
};

export const contactsOfBooking = (b: ErasedBooking): ErasedContacts => ({
  email: b.email,
  phone: b.phone,
  applicationNumber: b.idApplicationNumber,
});

/**
 * Erases the personal data of these bookings, in the caller's transaction: e-mail, phone and
 * application number go, with a new address waiting for its code, the contact locks and queued or sent messages that repeat them,
 * and every audit entry about the booking is scrubbed of them. What statistics and the audit
 * need (times, statuses, matter, channel, who did what) stays. A no-show keeps (or, if recorded
 * before hashes were kept, gets) the keyed hashes the no-show rule counts by. Rows already
 * anonymised are skipped, so running this twice changes nothing more. Returns what was erased.
 */
export async function anonymiseBookings(tx: Tx, ids: string[], now: Date): Promise<ErasedBooking[]> {
  if (!ids.length) return [];
  const rows = await tx.$queryRaw<ErasedBooking[]>`
    SELECT id::text, status::text, email, phone, "idApplicationNumber", "emailHash", "phoneHash",
      "createdAt"
    FROM "Booking" WHERE id = ANY(${ids}::uuid[]) AND "anonymisedAt" IS NULL
    ORDER BY id FOR UPDATE`;
  if (!rows.length) return [];
  const erase = {
    email: null,
    phone: null,
    idApplicationNumber: null,
    smsOptIn: false,
    codeHash: null,
    anonymisedAt: now,
  };
  const backfill = rows.filter((r) => r.status === 'NO_SHOW' && !r.emailHash && !r.phoneHash);
  for (const r of backfill)
    await tx.booking.updateMany({
      where: { id: r.id, anonymisedAt: null },
      data: { ...erase, ...contactHashesOf(r) },
    });
  const rest = rows.filter((r) => !backfill.includes(r)).map((r) => r.id);
  if (rest.length)
    await tx.booking.updateMany({ where: { id: { in: rest }, anonymisedAt: null }, data: erase });
  const erased = rows.map((r) => r.id);
  await releaseErasedBookings(tx, erased);
  // A new address waiting for its code is personal data of the booking too (decision 039).
  await tx.emailChange.deleteMany({ where: { bookingId: { in: erased } } });
  await tx.outboxMessage.deleteMany({ where: { bookingId: { in: erased } } });
  await scrubAudit(tx, rows);
  return rows;
}

/**
 * Audit entries about these bookings (as their entity, or naming them as `bookingId`, as block
 * entries do). Nothing about a booking is written before it exists: the scan starts there.
 */
async function scrubAudit(tx: Tx, rows: ErasedBooking[]) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ids = [...byId.keys()];
  const since = new Date(Math.min(...rows.map((r) => r.createdAt.getTime())));
  const entries = await tx.$queryRaw<
    { id: bigint; entityId: string; bookingId: string | null; data: unknown }[]
  >`
    SELECT id, "entityId", data->>'bookingId' AS "bookingId", data FROM "AuditLog"
    WHERE at >= ${since} AND data IS NOT NULL
      AND ((entity = 'Booking' AND "entityId" = ANY(${ids}::text[])) OR data->>'bookingId' = ANY(${ids}::text[]))`;
  for (const e of entries) {
    const b = byId.get(e.entityId) ?? byId.get(e.bookingId ?? '');
    if (!b) continue;
    const data = scrubContacts(e.data, contactsOfBooking(b));
    if (JSON.stringify(data) !== JSON.stringify(e.data))
      await tx.auditLog.update({ where: { id: e.id }, data: { data: data as Prisma.InputJsonValue } });
  }
}
