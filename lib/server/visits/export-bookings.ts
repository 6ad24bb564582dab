import 'server-only';
import { toCsv } from '@/lib/domain/csv';
import { addDays, atLocalTime, localDateOf } from '@/lib/domain/time';
import { formatTime } from '@/lib/i18n/format';
import type { MessageKey } from '@/lib/i18n/catalogue';
import { type Translator, sayMessage, translator } from '@/lib/i18n/translator';
import { prisma } from '@/lib/server/core/db';

const COLUMNS = [
  'date',
  'time',
  'reference',
  'category',
  'matter',
  'status',
  'cancelledBy',
  'channel',
  'created',
] as const;

/** A value of the export's vocabulary (`visits.export.<group>.<value>`), or the value itself. */
function word(t: Translator, group: 'status' | 'cancelledBy' | 'channel', value: string | null): string {
  if (!value) return '';
  const key = `visits.export.${group}.${value}` as MessageKey;
  return t.has(key) ? sayMessage(t, { key }) : value;
}

/**
 * An office's bookings with start dates from `from` to `to` (local, inclusive) as CSV. Holds that
 * never became bookings are left out; no contact data or application numbers leave the system.
 */
export async function exportBookingsCsv(officeId: string, from: string, to: string): Promise<string> {
  const t = translator();
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
    COLUMNS.map((c) => t(`visits.export.column.${c}`)),
    rows.map((b) => [
      localDateOf(b.startsAt),
      formatTime(b.startsAt),
      b.reference,
      b.category.name,
      b.matter.name,
      word(t, 'status', b.status),
      word(t, 'cancelledBy', b.cancelledBy),
      word(t, 'channel', b.channel),
      `${localDateOf(b.createdAt)} ${formatTime(b.createdAt)}`,
    ]),
  );
}
