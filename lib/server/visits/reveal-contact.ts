import 'server-only';
import { LISTED_STATUSES } from '@/lib/domain/visit-status';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';

export const CONTACT_VIEW = 'booking.contact.view';

export type RevealedContact = { reference: string; email: string | null; phone: string | null };

/**
 * "Pokaż kontakt": one booking's e-mail and phone, for a clerk of its office (an administrator:
 * any), and an audit entry saying who looked at whose contact. Staff pages never carry contacts
 * otherwise, so every view of one is on record. The entry names the booking, not the contact:
 * the audit log outlives the personal data (it is kept after the booking is anonymised).
 */
export async function revealContact(staff: Staff, bookingId: string): Promise<RevealedContact> {
  const b = await prisma.booking.findFirst({
    // What the day's list shows: a hold never confirmed was not a visit, and is nobody's business.
    where: {
      id: bookingId,
      status: { in: [...LISTED_STATUSES] },
      OR: [{ confirmedAt: { not: null } }, { channel: 'PHONE' }],
    },
    select: { id: true, officeId: true, reference: true, email: true, phone: true },
  });
  if (!b) throw new AppError('NOT_FOUND', { message: 'visits.notFound' });
  assertOfficeAccess(staff, b.officeId);
  const shown = [...(b.email ? ['email'] : []), ...(b.phone ? ['phone'] : [])];
  if (shown.length)
    await writeAudit(prisma, staff, CONTACT_VIEW, 'Booking', b.id, {
      reference: b.reference,
      shown,
    });
  return { reference: b.reference, email: b.email, phone: b.phone };
}
