import 'server-only';
import { purgeExpiredRateLimits } from './purge-rate-limits';
import { purgeForgottenSignInFailures } from './purge-sign-in-failures';
import { translator } from '@/lib/i18n/translator';
import { runDailyRetention } from './run-daily-retention';

/**
 * Called by the outbox worker once a minute: expired limit counters (and staff sign-in's counters
 * of wrong passwords) go at once, the rest of the retention rules once a day. Never throws: the worker must keep delivering messages.
 */
export async function runHousekeeping(now: Date): Promise<void> {
  try {
    await purgeExpiredRateLimits(now);
    await purgeForgottenSignInFailures(now);
    const r = await runDailyRetention(now);
    if (r.ran) console.info(`[termin] Retencja danych ${r.day}: ${JSON.stringify(r.report)}`);
  } catch (e) {
    const t = translator();
    console.error(t('retention.log.runFailed'), e);
  }
}
