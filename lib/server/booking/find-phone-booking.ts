import 'server-only';
import { z } from 'zod';
import { prisma } from '@/lib/server/core/db';
import { type Staff, hasOfficeAccess } from '@/lib/server/staff/guard';

/** How long after booking its clerk sees the caller's contact on the summary without asking. */
export const READ_BACK_MINUTES = 60;

/**
 * What the clerk reads out after booking: identifier, kiosk code, time; null for an id that names
 * no phone booking, or one of an office the clerk does not work for. The contact is there only
 * for the clerk who just typed it, to read it back to the caller, and only for READ_BACK_MINUTES;
 * anyone else (or later) opens it with "Pokaż kontakt", on record.
 */
export async function findPhoneBooking(staff: Staff, id: string, now: Date) {
  if (!z.uuid().safeParse(id).success) return null;
  const b = await prisma.booking.findUnique({
    where: { id },
    select: {
      id: true,
      officeId: true,
      reference: true,
      kioskCode: true,
      status: true,
      channel: true,
      startsAt: true,
      confirmedAt: true,
      createdById: true,
      email: true,
      phone: true,
      smsOptIn: true,
      idApplicationNumber: true,
      matter: { select: { name: true } },
      category: { select: { name: true } },
      office: { select: { name: true, kioskEnabled: true } },
      createdBy: { select: { name: true } },
      regulations: { select: { version: true } },
    },
  });
  // Another office's booking is, for this clerk, none at all (the page answers 404, not 500).
  if (!b || b.channel !== 'PHONE' || !hasOfficeAccess(staff, b.officeId)) return null;
  const { email, phone, createdById, confirmedAt, ...rest } = b;
  const readBack =
    createdById === staff.id &&
    !!confirmedAt &&
    now.getTime() - confirmedAt.getTime() < READ_BACK_MINUTES * 60_000;
  return { ...rest, hasEmail: !!email, hasPhone: !!phone, contact: readBack ? { email, phone } : null };
}
