import 'server-only';
import { z } from 'zod';
import { prisma } from '@/lib/server/core/db';
import { AppError, isAppError } from '@/lib/server/core/errors';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';

/** One visit as a clerk changes it (its page, app/admin/(panel)/wizyta/[id]): office access checked. */
export async function loadVisitForChange(staff: Staff, bookingId: string) {
  const v = await prisma.booking.findUnique({
    where: { id: bookingId },
    select: {
      id: true,
      officeId: true,
      categoryId: true,
      reference: true,
      kioskCode: true,
      status: true,
      startsAt: true,
      email: true,
      phone: true,
      matter: { select: { name: true } },
      category: { select: { slug: true, name: true } },
      channel: true,
      office: {
        select: {
          slug: true,
          name: true,
          shortName: true,
          address: true,
          postalCode: true,
          city: true,
          bookingPhone: true,
          kioskEnabled: true,
        },
      },
    },
  });
  if (!v) throw new AppError('NOT_FOUND', { message: 'changes.visitNotFound' });
  assertOfficeAccess(staff, v.officeId);
  return v;
}
export type VisitForChange = Awaited<ReturnType<typeof loadVisitForChange>>;

/** Whether a clerk may still cancel or move the visit: confirmed, and its time not begun. */
export const isChangeable = (v: { status: string; startsAt: Date }, now: Date) =>
  v.status === 'CONFIRMED' && v.startsAt.getTime() > now.getTime();

/** The visit's page: null for an id that is none, a visit that does not exist or another office's. */
export async function findVisitForChange(staff: Staff, bookingId: string) {
  if (!z.uuid().safeParse(bookingId).success) return null;
  try {
    return await loadVisitForChange(staff, bookingId);
  } catch (e) {
    if (isAppError(e) && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN_OFFICE')) return null;
    throw e;
  }
}
