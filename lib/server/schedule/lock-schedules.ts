import 'server-only';
import { type Tx } from '@/lib/server/core/db';
import type { ScheduleInput } from '@/lib/domain/schedule';
import { findDroppedBookings } from '@/lib/domain/schedule-impact';
import type { MessageKey, MessageParams } from '@/lib/i18n/catalogue';
import { formatDateTime } from '@/lib/i18n/format';
import { AppError } from '@/lib/server/core/errors';
import { loadScheduleInput } from './load-schedule-input';

/** A booking a change would drop, as the confirmation list shows it (plain, serialisable). */
export type ImpactRow = {
  id: string;
  reference: string;
  startsAt: string;
  when: string;
  category: string;
  matter: string;
  held: boolean;
  /** The resident is told by e-mail; the address itself is not needed on screen. */
  byEmail: boolean;
  /** Only for a resident without e-mail: staff must call. */
  phone: string | null;
};

/** Refusal of a change that would drop bookings; the list goes back to the form. */
export class BookingsAffectedError extends AppError {
  constructor(
    public readonly affected: ImpactRow[],
    message: MessageKey,
    options: { params?: MessageParams; field?: string } = {},
  ) {
    super('BOOKINGS_AFFECTED', { message, ...options });
  }
}

export type LockedSchedule = ScheduleInput & { categoryId: string; officeId: string };

/**
 * Locks the categories' rows and reads their schedules, inside the change's transaction. The row
 * lock serialises schedule changes of a category, and it holds back new bookings there until
 * commit: inserting a Booking or SlotClaim checks its category key (FOR KEY SHARE), which waits
 * for FOR UPDATE. So the bookings read next are all the bookings there are.
 */
export async function lockSchedules(tx: Tx, categoryIds: string[], now: Date): Promise<LockedSchedule[]> {
  if (!categoryIds.length) return [];
  await tx.$queryRaw`SELECT id FROM "ServiceCategory" WHERE id = ANY(${categoryIds}::uuid[]) ORDER BY id FOR UPDATE`;
  const schedules: LockedSchedule[] = [];
  for (const categoryId of [...categoryIds].sort())
    schedules.push({ categoryId, ...(await loadScheduleInput(categoryId, now, tx)) });
  return schedules;
}

/** Bookings that still hold their time: confirmed, or held with the hold running; not begun. */
async function liveBookings(tx: Tx, categoryIds: string[], now: Date) {
  return tx.booking.findMany({
    where: {
      categoryId: { in: categoryIds },
      startsAt: { gt: now },
      OR: [
        { status: 'CONFIRMED' },
        { status: 'HELD', OR: [{ holdExpiresAt: null }, { holdExpiresAt: { gt: now } }] },
      ],
    },
    select: {
      id: true,
      reference: true,
      startsAt: true,
      createdAt: true,
      status: true,
      email: true,
      phone: true,
      categoryId: true,
      matter: { select: { name: true } },
      category: { select: { name: true, slug: true } },
      office: {
        select: { name: true, slug: true, address: true, postalCode: true, city: true, bookingPhone: true },
      },
    },
  });
}

export type DroppedBooking = Awaited<ReturnType<typeof liveBookings>>[number];

/** What each proposed schedule would drop, judged by the planner the public calendar uses. */
export async function findDropped(
  tx: Tx,
  changes: { current: LockedSchedule; proposed: ScheduleInput }[],
  now: Date,
): Promise<DroppedBooking[]> {
  const bookings = await liveBookings(
    tx,
    changes.map((c) => c.current.categoryId),
    now,
  );
  return changes
    .flatMap(({ current, proposed }) =>
      findDroppedBookings(
        bookings.filter((b) => b.categoryId === current.categoryId),
        current,
        proposed,
      ),
    )
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

export function impactRows(dropped: DroppedBooking[]): ImpactRow[] {
  return dropped.map((b) => ({
    id: b.id,
    reference: b.reference,
    startsAt: b.startsAt.toISOString(),
    when: formatDateTime(b.startsAt),
    category: b.category.name,
    matter: b.matter.name,
    held: b.status === 'HELD',
    byEmail: !!b.email,
    phone: b.email ? null : b.phone,
  }));
}
