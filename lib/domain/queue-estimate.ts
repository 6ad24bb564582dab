// How long a waiting ticket will still wait, from today's service times in its category. Pure.
//
// The typical service is the median of the category's last services today (a median, so one
// long case does not swing everybody's estimate); before there are enough of them, the
// category's slot length stands in. Counters serve in parallel: a ticket with `ahead` people in
// front of it waits for what remains of the current services (taken as half a service) plus
// floor(ahead / counters) full services.

export type WaitEstimate = {
  /** Whole minutes, rounded up to 5 above a quarter of an hour (people read a range, not a clock). */
  minutes: number;
  /** Where the typical service time came from. */
  basis: 'today' | 'slot-length';
};

/** Services counted when estimating (the most recent ones); fewer than MIN_SAMPLES use the slot length. */
export const RECENT_SERVICES = 10;
export const MIN_SAMPLES = 3;

export function typicalServiceMinutes(
  serviceMinutes: readonly number[],
  slotMinutes: number,
): { minutes: number; basis: WaitEstimate['basis'] } {
  const recent = serviceMinutes.filter((m) => Number.isFinite(m) && m > 0).slice(-RECENT_SERVICES);
  if (recent.length < MIN_SAMPLES) return { minutes: slotMinutes, basis: 'slot-length' };
  const sorted = [...recent].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { minutes: median, basis: 'today' };
}

export function estimateWait(input: {
  /** Tickets in front of this one in its category's queue. */
  ahead: number;
  /** Today's service times in the category, oldest first (call → served, minutes). */
  serviceMinutes: readonly number[];
  /** The category's slot length: the estimate before today has enough services. */
  slotMinutes: number;
  /** Counters serving the category now (at least one is assumed). */
  counters: number;
}): WaitEstimate {
  const { minutes: typical, basis } = typicalServiceMinutes(input.serviceMinutes, input.slotMinutes);
  const counters = Math.max(1, Math.floor(input.counters));
  const ahead = Math.max(0, Math.floor(input.ahead));
  const rounds = Math.floor(ahead / counters);
  const raw = typical / 2 + rounds * typical;
  const minutes = raw > 15 ? Math.ceil(raw / 5) * 5 : Math.ceil(raw);
  return { minutes, basis };
}
