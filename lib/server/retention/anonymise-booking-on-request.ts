import 'server-only';
import { scrubContacts } from '@/lib/domain/retention';
import { formatDate } from '@/lib/i18n/format';
import { anonymiseBookings, contactsOfBooking } from './anonymise-bookings';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';
import { applyTransition } from '@/lib/server/booking/apply-transition';

/**
 * An administrator erases one booking's personal data at the resident's request (RODO art. 17),
 * before its retention period ends. A visit still ahead is cancelled first, its time freed (the
 * office cannot serve a booking it knows nothing about). Audited with the request's reference,
 * itself scrubbed of the contacts. A no-show keeps its hashes for the rule's window: the
 * restriction is the office's legitimate interest and must not be escaped by a request.
 */
export async function anonymiseBookingOnRequest(
  staff: Staff,
  input: { bookingId: string; reason: string },
  now: Date,
): Promise<{ reference: string; cancelled: boolean }> {
  const b = await prisma.booking.findUnique({
    where: { id: input.bookingId },
    select: { id: true, officeId: true, reference: true, status: true, startsAt: true, anonymisedAt: true },
  });
  if (!b) throw new AppError('NOT_FOUND', { message: 'retention.staff.notFound' });
  assertOfficeAccess(staff, b.officeId);
  const already = () =>
    new AppError('ALREADY_ANONYMISED', {
      message: 'retention.staff.alreadyDeleted',
      params: { date: formatDate(b.anonymisedAt ?? now) },
    });
  if (b.anonymisedAt) throw already();
  return prisma.$transaction(async (tx) => {
    // Conditional: of a cancellation by the resident and this one, only one changes the row.
    const cancel = await applyTransition(tx, {
      transition: 'cancel-on-erasure',
      by: 'STAFF',
      where: { id: b.id, startsAt: { gt: now }, anonymisedAt: null },
      data: { cancelReason: 'ERASURE_REQUEST' },
      now,
    });
    const [erased] = await anonymiseBookings(tx, [b.id], now);
    if (!erased) throw already();
    await writeAudit(tx, staff, 'booking.anonymised', 'Booking', b.id, {
      reference: b.reference,
      cause: 'request',
      reason: scrubContacts(input.reason, contactsOfBooking(erased)),
      previousStatus: b.status,
      cancelled: cancel.length > 0,
    });
    return { reference: b.reference, cancelled: cancel.length > 0 };
  });
}
