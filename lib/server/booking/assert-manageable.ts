import 'server-only';
import { manageStateOf } from '@/lib/domain/retention';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { hashToken } from '@/lib/server/core/codes';

/**
 * Every form of the manage page posts through this first: after the visit began the booking is
 * only there to be read, and once anonymised there is nothing left to change. A page opened
 * earlier and posted later is refused with the reason, whatever the form.
 */
export async function assertManageable(token: string, now: Date): Promise<void> {
  const b = await prisma.booking.findUnique({
    where: { manageTokenHash: hashToken(token) },
    select: { status: true, startsAt: true, anonymisedAt: true },
  });
  if (!b) return; // the use case answers "not found" in its own words
  const state = manageStateOf(b, now);
  if (state === 'deleted') throw new AppError('ANONYMISED', { message: 'retention.resident.refusedDeleted' });
  if (state === 'read-only' && b.startsAt.getTime() <= now.getTime())
    throw new AppError('VISIT_OVER', { message: 'retention.resident.refusedAfterVisit' });
}
