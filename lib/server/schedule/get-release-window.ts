import 'server-only';
import { releaseWindow } from '@/lib/domain/schedule';
import { loadScheduleInput } from './load-schedule-input';

/** The release window of a category as seen now: today … today + horizon. */
export async function getReleaseWindow(categoryId: string, now: Date) {
  const input = await loadScheduleInput(categoryId, now);
  return releaseWindow(now, input.horizonDays);
}
