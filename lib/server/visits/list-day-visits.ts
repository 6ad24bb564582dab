import 'server-only';
import { addDays, atLocalTime } from '@/lib/domain/time';
import {
  type BookingStatus,
  LISTED_STATUSES,
  type StatusIntent,
  availableIntents,
  planUndo,
} from '@/lib/domain/visit-status';
import type { Prisma } from '@/lib/generated/prisma/client';
import { formatTime } from '@/lib/i18n/format';
import { prisma } from '@/lib/server/core/db';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';
import { loadStatusHistories } from './set-visit-status';
import { statusLabel } from '@/lib/i18n/labels';

export type DayListScope = { officeId: string; categoryId: string; date: string };

/** A visit counts on the list once it was really booked: confirmed (online or by phone) or later. */
export function dayWhere(
  staff: Staff,
  s: DayListScope,
  statuses: readonly BookingStatus[],
): Prisma.BookingWhereInput {
  assertOfficeAccess(staff, s.officeId);
  return {
    officeId: s.officeId,
    categoryId: s.categoryId,
    startsAt: { gte: atLocalTime(s.date, 0), lt: atLocalTime(addDays(s.date, 1), 0) },
    status: { in: [...statuses] },
    // A hold cancelled before its code was entered never was a visit.
    OR: [{ confirmedAt: { not: null } }, { channel: 'PHONE' }],
  };
}

export type DayVisit = {
  id: string;
  time: string;
  reference: string;
  matter: string;
  status: BookingStatus;
  statusLabel: string;
  channel: 'ONLINE' | 'PHONE';
  /** Only for matters that need it (ID pickups): the clerk prepares the document. */
  applicationNumber: string | null;
  /** Whether "Pokaż kontakt" has anything to show; the contact itself is never on the page. */
  hasContact: boolean;
  intents: StatusIntent[];
  undo: { to: BookingStatus; label: string } | null;
  /** The ticket machine's ticket of the visit and its queue state (lib/server/queue). */
  ticket: {
    number: string;
    status: 'ISSUED' | 'CALLED' | 'SERVED' | 'ABSENT';
    counter: number | null;
  } | null;
};

export async function listDayVisits(staff: Staff, s: DayListScope, now: Date) {
  const rows = await prisma.booking.findMany({
    where: dayWhere(staff, s, LISTED_STATUSES),
    orderBy: [{ startsAt: 'asc' }, { reference: 'asc' }],
    select: {
      id: true,
      startsAt: true,
      reference: true,
      status: true,
      channel: true,
      cancelReason: true,
      idApplicationNumber: true,
      email: true,
      phone: true,
      matter: { select: { name: true, requiresApplicationNumber: true } },
      ticket: { select: { number: true, status: true, counter: true } },
    },
  });
  const histories = await loadStatusHistories(rows.map((r) => r.id));
  const visits: DayVisit[] = rows.map((r) => {
    const undo = planUndo(histories.get(r.id) ?? [], r.status);
    return {
      id: r.id,
      time: formatTime(r.startsAt),
      reference: r.reference,
      matter: r.matter.name,
      status: r.status,
      statusLabel: statusLabel(r.status, r.cancelReason),
      channel: r.channel,
      applicationNumber: r.matter.requiresApplicationNumber ? r.idApplicationNumber : null,
      hasContact: !!(r.email || r.phone),
      intents: availableIntents(r, now),
      undo: undo.ok ? { to: undo.to, label: statusLabel(undo.to) } : null,
      ticket: r.ticket,
    };
  });
  const counts = LISTED_STATUSES.map((status) => ({
    status,
    label: statusLabel(status),
    count: visits.filter((v) => v.status === status).length,
  }));
  return { visits, counts };
}
