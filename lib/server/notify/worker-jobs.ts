import 'server-only';
import type { PeriodicJob } from './periodic-runner';
import { queueReminders } from './queue-reminders';
import { sweepStaleHolds } from '@/lib/server/booking/sweep-stale-holds';
import { runHousekeeping } from '@/lib/server/retention/run-housekeeping';
import { translator } from '@/lib/i18n/translator';

/**
 * The worker's periodic jobs, besides delivering the outbox every few seconds. A job that must
 * run once across several instances takes care of that itself (a conditional update, a lock).
 */
export function periodicJobs(): PeriodicJob[] {
  const t = translator();
  return [
    // The day-before reminders: a query a minute is plenty.
    { name: t('notify.log.reminders'), everyMs: 60_000, run: (now) => queueReminders(now) },
    // Holds past their time: expired and their residents told within a minute (decision 038).
    { name: t('notify.log.holds'), everyMs: 30_000, run: (now) => sweepStaleHolds(now) },
    // Expired limit counters at once, the retention job once a day (one instance claims the day).
    { name: t('notify.log.housekeeping'), everyMs: 60_000, run: (now) => runHousekeeping(now) },
  ];
}
