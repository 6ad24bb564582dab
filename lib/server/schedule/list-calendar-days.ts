import 'server-only';
import { type CalendarDay, applyTaken } from '@/lib/domain/availability';
import { planRange } from '@/lib/domain/schedule';
import { addDays, atLocalTime } from '@/lib/domain/time';
import { countTakenSeats, loadScheduleInput } from './load-schedule-input';

/** Every day from `from` to `to` (local dates, inclusive) with its state and free times. */
export async function listCalendarDays(
  categoryId: string,
  from: string,
  to: string,
  now: Date,
): Promise<CalendarDay[]> {
  const input = await loadScheduleInput(categoryId, now);
  const taken = await countTakenSeats(categoryId, atLocalTime(from, 0), atLocalTime(addDays(to, 1), 0), now);
  return planRange(from, to, input).map((plan) => applyTaken(plan, taken));
}
