'use server';

import { assertManageable } from '@/lib/server/booking/assert-manageable';
import { rescheduleBooking } from '@/lib/server/booking/reschedule-booking';
import { LIMITS, enforceRateLimit } from '@/lib/server/core/rate-limit';
import { runPublicAction } from '@/lib/server/core/run-public-action';
import { rescheduleSchema } from '@/lib/validation/changes';
import { type FormState, formValues } from '@/lib/validation/form-state';

/**
 * "Zmień termin": the swap, then the manage page of the new link (the old one no longer works),
 * told that the time changed.
 * A new time is taken like a new hold, so the per-client limit of holds applies.
 */
export async function rescheduleAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runPublicAction(formData, {
    schema: rescheduleSchema,
    invalid: 'changes.validation.pickTime',
    authorise: async (d) => {
      await enforceRateLimit(LIMITS.hold);
      await assertManageable(d.token, new Date());
      return undefined;
    },
    run: (d) => rescheduleBooking(d.token, d.startsAt, new Date()),
    // The new link's page says what changed, where the news went and that the old link is dead.
    done: (r) => ({ redirectTo: `/wizyta/${r.token}?zmieniono=${r.dayChanged ? 'dzien' : 'godzina'}` }),
    revalidate: [`/wizyta/${formValues(formData).token ?? ''}`],
    log: 'reschedule failed',
  });
}
