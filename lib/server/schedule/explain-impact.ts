import 'server-only';
import { translator } from '@/lib/i18n/translator';
import type { Refusal } from '@/lib/validation/form-state';
import { BookingsAffectedError } from './lock-schedules';

/**
 * runStaffAction's `explain` for a schedule change that may touch bookings: when the use case
 * refuses it with BookingsAffectedError, the list travels back to the form next to the message.
 */
export function explainImpact(e: unknown): Partial<Refusal> | undefined {
  if (!(e instanceof BookingsAffectedError)) return undefined;
  const t = translator();
  return {
    impact: {
      rows: e.affected,
      confirmLabel: t('schedule.impact.confirm', { count: e.affected.length }),
    },
  };
}
