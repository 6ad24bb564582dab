import 'server-only';
import { translator } from '@/lib/i18n/translator';

/** Something the outbox worker runs every `everyMs` in each app instance (so: idempotent). */
export type PeriodicJob = { name: string; everyMs: number; run: (now: Date) => Promise<unknown> };

/**
 * Runs each job when its interval has passed since its last start (the first time at once). A
 * failing job is logged and tried again at its next interval; it never stops the others or the
 * delivery of messages.
 */
export function periodicRunner(jobs: PeriodicJob[]) {
  const lastStart = new Map<string, number>();
  return async (now: Date) => {
    for (const job of jobs) {
      const last = lastStart.get(job.name);
      if (last !== undefined && now.getTime() - last < job.everyMs) continue;
      lastStart.set(job.name, now.getTime());
      try {
        await job.run(now);
      } catch (e) {
        const t = translator();
        console.error(t('notify.log.jobFailed', { job: job.name }), e);
      }
    }
  };
}
