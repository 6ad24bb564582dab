import 'server-only';
import { toCsv } from '@/lib/domain/csv';
import { addDays, atLocalTime, localDateOf } from '@/lib/domain/time';
import { formatTime } from '@/lib/i18n/format';
import { prisma } from '@/lib/server/core/db';

const STATUS: Record<string, string> = {
  HELD: 'oczekuje na kod',
  CONFIRMED: 'potwierdzona',
  CHECKED_IN: 'zgłosił się',
  SERVED: 'obsłużony',
  CANCELLED: 'odwołana',
  EXPIRED: 'wygasła',
  NO_SHOW: 'nieobecność',
};

/**
 * An office's bookings with start dates from `from` to `to` (local, inclusive) as CSV. Holds that
 * never became bookings are left out; no contact data or application numbers leave the system.
 */
export async function exportBookingsCsv(officeId: string, from: string, to: string): Promise<string> {
  const rows = await prisma.booking.findMany({
    where: {
      officeId,
      startsAt: { gte: atLocalTime(from, 0), lt: atLocalTime(addDays(to, 1), 0) },
      status: { notIn: ['HELD', 'EXPIRED'] },
    },
    orderBy: [{ startsAt: 'asc' }, { reference: 'asc' }],
    select: {
      reference: true,
      startsAt: true,
      status: true,
      channel: true,
      cancelledBy: true,
      createdAt: true,
      category: { select: { name: true } },
      matter: { select: { name: true } },
    },
  });
  return toCsv(
    [
      'data',
      'godzina',
      'identyfikator',
      'kategoria',
      'sprawa',
      'status',
      'odwołana przez',
      'sposób rezerwacji',
      'utworzona',
    ],
    rows.map((b) => [
      localDateOf(b.startsAt),
      formatTime(b.startsAt),
      b.reference,
      b.category.name,
      b.matter.name,
      STATUS[b.status] ?? b.status,
      b.cancelledBy === 'RESIDENT'
        ? 'mieszkaniec'
        : b.cancelledBy === 'STAFF'
          ? 'urząd'
          : b.cancelledBy === 'SYSTEM'
            ? 'system'
            : '',
      b.channel === 'PHONE' ? 'telefonicznie' : 'internet',
      `${localDateOf(b.createdAt)} ${formatTime(b.createdAt)}`,
    ]),
  );
}
