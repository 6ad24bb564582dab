import 'server-only';
import { localDateOf } from '@/lib/domain/time';
import { LISTED_STATUSES } from '@/lib/domain/visit-status';
import { formatLocalDate, formatTime } from '@/lib/i18n/format';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';
import { statusLabel } from '@/lib/i18n/labels';

export type Lookup = { kind: 'reference'; value: string } | { kind: 'kiosk'; value: string };

/**
 * What a resident reads out or shows at the desk: the identifier ("W-7K3MQX", any case, with or
 * without the dash, with spaces) or the 8-digit kiosk code ("4027 1953").
 */
export function parseLookup(input: string): Lookup | null {
  const s = input.toUpperCase().replace(/[\s\-–—]/g, '');
  if (/^\d{8}$/.test(s)) return { kind: 'kiosk', value: s };
  if (/^[A-Z][A-Z0-9]{4,10}$/.test(s)) return { kind: 'reference', value: `${s[0]}-${s.slice(1)}` };
  return null;
}

export type FoundBooking = {
  id: string;
  reference: string;
  date: string;
  dateLabel: string;
  time: string;
  office: { name: string; slug: string };
  category: { name: string; slug: string };
  matter: string;
  status: string;
  channel: 'ONLINE' | 'PHONE';
  /** A confirmed visit: its page (/admin/wizyta/{id}) cancels or moves it. */
  confirmed: boolean;
  /** The day (YYYY-MM-DD) its personal data were erased, or null. */
  anonymisedOn: string | null;
};

/** The booking behind a confirmation, within the clerk's own office (an administrator: any). */
export async function findBooking(staff: Staff, lookup: Lookup): Promise<FoundBooking | null> {
  const b = await prisma.booking.findFirst({
    where: {
      ...(lookup.kind === 'kiosk' ? { kioskCode: lookup.value } : { reference: lookup.value }),
      status: { in: [...LISTED_STATUSES] },
      OR: [{ confirmedAt: { not: null } }, { channel: 'PHONE' }],
      // Another office's booking is "not found", not "forbidden": nothing is told about it.
      ...(staff.role === 'ADMIN'
        ? {}
        : { officeId: staff.officeId ?? '00000000-0000-0000-0000-000000000000' }),
    },
    select: {
      id: true,
      reference: true,
      startsAt: true,
      status: true,
      cancelReason: true,
      channel: true,
      anonymisedAt: true,
      office: { select: { name: true, slug: true } },
      category: { select: { name: true, slug: true } },
      matter: { select: { name: true } },
    },
  });
  if (!b) return null;
  const date = localDateOf(b.startsAt);
  return {
    id: b.id,
    reference: b.reference,
    date,
    dateLabel: formatLocalDate(date),
    time: formatTime(b.startsAt),
    office: b.office,
    category: b.category,
    matter: b.matter.name,
    status: statusLabel(b.status, b.cancelReason),
    channel: b.channel,
    confirmed: b.status === 'CONFIRMED',
    anonymisedOn: b.anonymisedAt && localDateOf(b.anonymisedAt),
  };
}
