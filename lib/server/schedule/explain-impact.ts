import 'server-only';
import { countVisits } from '@/lib/domain/schedule-impact';
import type { Refusal } from '@/lib/validation/form-state';
import { BookingsAffectedError } from './lock-schedules';

/**
 * runStaffAction's `explain` for a schedule change that may touch bookings: when the use case
 * refuses it with BookingsAffectedError, the list travels back to the form next to the message.
 */
export function explainImpact(e: unknown): Partial<Refusal> | undefined {
  if (!(e instanceof BookingsAffectedError)) return undefined;
  return {
    impact: { rows: e.affected, confirmLabel: `Zapisz i odwołaj ${countVisits(e.affected.length)}` },
  };
}
