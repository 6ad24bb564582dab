// The queue's figures for the office: how long people waited (ticket → call) and how long they
// were served (call → served), per category and hour of the day in the office's zone. Pure: the
// tickets, the zone and the hours come in as arguments.
import { OFFICE_TZ } from './time';

export type TicketTimes = {
  categoryId: string;
  issuedAt: Date;
  calledAt: Date | null;
  servedAt: Date | null;
};

export type QueueFigure = {
  categoryId: string;
  /** Hour of the day (0–23) the ticket was taken, in the office's zone; null for the whole range. */
  hour: number | null;
  tickets: number;
  /** Tickets called (a wait is known). */
  called: number;
  /** Tickets served (a service time is known). */
  served: number;
  /** Mean and longest wait in minutes (one decimal), null when none was called. */
  waitAvg: number | null;
  waitMax: number | null;
  /** Mean service time in minutes (one decimal), null when none was served. */
  serviceAvg: number | null;
};

const minutes = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 60_000;
const round1 = (n: number) => Math.round(n * 10) / 10;

function hourOf(instant: Date, zone: string): number {
  const h = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: zone }).format(
    instant,
  );
  return Number(h);
}

function summarise(categoryId: string, hour: number | null, rows: readonly TicketTimes[]): QueueFigure {
  const waits = rows.filter((r) => r.calledAt).map((r) => Math.max(0, minutes(r.issuedAt, r.calledAt!)));
  const services = rows
    .filter((r) => r.calledAt && r.servedAt)
    .map((r) => Math.max(0, minutes(r.calledAt!, r.servedAt!)));
  const avg = (xs: number[]) => (xs.length ? round1(xs.reduce((a, b) => a + b, 0) / xs.length) : null);
  return {
    categoryId,
    hour,
    tickets: rows.length,
    called: waits.length,
    served: services.length,
    waitAvg: avg(waits),
    waitMax: waits.length ? round1(Math.max(...waits)) : null,
    serviceAvg: avg(services),
  };
}

/**
 * One row per category and hour that had tickets (hours in order), then one row per category for
 * the whole range (`hour: null`). Categories keep the order they first appear in `categoryOrder`.
 */
export function queueFigures(
  tickets: readonly TicketTimes[],
  categoryOrder: readonly string[],
  zone: string = OFFICE_TZ,
): QueueFigure[] {
  const byCategory = new Map<string, TicketTimes[]>();
  for (const t of tickets) {
    const list = byCategory.get(t.categoryId) ?? [];
    list.push(t);
    byCategory.set(t.categoryId, list);
  }
  const order = [...categoryOrder, ...[...byCategory.keys()].filter((c) => !categoryOrder.includes(c))];
  const out: QueueFigure[] = [];
  for (const categoryId of order) {
    const rows = byCategory.get(categoryId);
    if (!rows) continue;
    const byHour = new Map<number, TicketTimes[]>();
    for (const r of rows) {
      const h = hourOf(r.issuedAt, zone);
      byHour.set(h, [...(byHour.get(h) ?? []), r]);
    }
    for (const h of [...byHour.keys()].sort((a, b) => a - b))
      out.push(summarise(categoryId, h, byHour.get(h)!));
    out.push(summarise(categoryId, null, rows));
  }
  return out;
}
