import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { type FormState, type Refusal, fieldErrorsOf, formValues } from '@/lib/validation/form-state';
import { isAppError } from '@/lib/server/core/errors';
import { type Say, outcomeOf, refusalOf, words } from '@/lib/server/core/action-outcome';
import { type Staff, requireStaff } from './guard';

type Success<D> = { message?: Say; redirectTo?: string; data?: D };

/**
 * The one shape of every staff server action: authorise (a missing session redirects to sign-in,
 * a clerk is refused an administrator's task) → parse → one use case → revalidate or redirect.
 * Authorising comes first so that nothing about the data is answered to someone without the
 * right. Same FormState as runPublicAction.
 */
export async function runStaffAction<S extends z.ZodType, R = void, D = undefined>(
  formData: unknown,
  opts: {
    role: 'CLERK' | 'ADMIN';
    schema: S;
    /** Shown above the fields when parsing fails (a catalogue key). */
    invalid?: Say;
    /** The use case: it answers data, never sentences. */
    run: (data: z.output<S>, staff: Staff) => Promise<R>;
    /** The use case's result in words (a catalogue key or a Message), or the page to go to. */
    done: Say | ((result: R) => Say | Success<D>);
    revalidate?: string[];
    /** Keep the form's values after success (e.g. a search); by default the form is cleared. */
    keepValues?: boolean;
    /** Which fields are never echoed back (a password). */
    secret?: string[];
    /** More to tell the form about a refusal (e.g. the bookings a schedule change would drop). */
    explain?: (e: unknown) => Partial<Refusal> | undefined;
    /** Told on an unexpected failure instead of the general sentence. */
    failed?: Say;
  },
): Promise<FormState<D>> {
  const values = formValues(formData);
  for (const k of opts.secret ?? []) delete values[k];
  let staff: Staff;
  try {
    staff = await requireStaff(opts.role);
  } catch (e) {
    if (isAppError(e)) return { ok: false, message: e.userMessage, values };
    throw e; // the redirect to sign-in
  }
  const parsed = opts.schema.safeParse(formValues(formData));
  if (!parsed.success)
    return {
      ok: false,
      fieldErrors: fieldErrorsOf(parsed.error),
      message: words(opts.invalid ?? 'common.fixFields'),
      values,
    };
  let success: Success<D>;
  try {
    const r = await opts.run(parsed.data, staff);
    const done = typeof opts.done === 'function' ? opts.done(r) : opts.done;
    success = outcomeOf<Success<D>>(done);
  } catch (e) {
    const refusal = refusalOf(e, values, { label: 'staff action failed', failed: opts.failed });
    const more = opts.explain?.(e);
    return more ? { ...refusal, ...more } : refusal;
  }
  for (const p of opts.revalidate ?? ['/admin']) revalidatePath(p, 'layout');
  if (success.redirectTo) redirect(success.redirectTo);
  return {
    ok: true,
    message: success.message && words(success.message),
    values: opts.keepValues ? values : undefined,
    ...('data' in success ? { data: success.data } : {}),
  };
}
