import 'server-only';
import type { z } from 'zod';
import { countVisits } from '@/lib/domain/schedule-impact';
import type { FormState } from '@/lib/validation/form-state';
import type { Staff } from '@/lib/server/staff/guard';
import { BookingsAffectedError, type ImpactRow } from './lock-schedules';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';

/** The bookings a refused change would drop, and the wording of the button that cancels them. */
export type Impact = { rows: ImpactRow[]; confirmLabel: string };

/** A schedule form's state: the usual one, plus the impact of a refused change. */
export type ScheduleFormState = (NonNullable<FormState> & { impact?: Impact }) | null;

/**
 * runStaffAction for a change that may touch bookings: when the use case refuses it with
 * BookingsAffectedError, the list travels back to the form next to the message.
 */
export async function runScheduleAction<S extends z.ZodType>(
  formData: FormData,
  opts: Parameters<typeof runStaffAction<S>>[1],
): Promise<ScheduleFormState> {
  let impact: ImpactRow[] | undefined;
  const state = await runStaffAction(formData, {
    ...opts,
    run: async (data: z.output<S>, staff: Staff) => {
      try {
        return await opts.run(data, staff);
      } catch (e) {
        if (e instanceof BookingsAffectedError) impact = e.affected;
        throw e;
      }
    },
  });
  return state && !state.ok && impact
    ? { ...state, impact: { rows: impact, confirmLabel: `Zapisz i odwołaj ${countVisits(impact.length)}` } }
    : state;
}
