import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { type FormState, type Refusal, fieldErrorsOf, formValues } from '@/lib/validation/form-state';
import { isAppError } from '@/lib/server/core/errors';
import { refusalOf } from '@/lib/server/core/action-outcome';
import { t } from '@/lib/i18n/t';
import { type Staff, requireStaff } from './guard';

type Success<D> = { message?: string; redirectTo?: string; data?: D };

/**
 * The one shape of every staff server action: authorise (a missing session redirects to sign-in,
 * a clerk is refused an administrator's task) → parse → one use case → revalidate or redirect.
 * Authorising comes first so that nothing about the data is answered to someone without the
 * right. Same FormState as runPublicAction.
 */
export async function runStaffAction<S extends z.ZodType, D = undefined>(
  formData: unknown,
  opts: {
    role: 'CLERK' | 'ADMIN';
    schema: S;
    /** Shown above the fields when parsing fails. */
    invalid?: string;
    /** The use case; a returned string replaces `done`, a `redirectTo` leaves the page. */
    run: (data: z.output<S>, staff: Staff) => Promise<string | void | Success<D>>;
    /** Shown when the use case succeeds. */
    done: string;
    revalidate?: string[];
    /** Keep the form's values after success (e.g. a search); by default the form is cleared. */
    keepValues?: boolean;
    /** Which fields are never echoed back (a password). */
    secret?: string[];
    /** More to tell the form about a refusal (e.g. the bookings a schedule change would drop). */
    explain?: (e: unknown) => Partial<Refusal> | undefined;
    /** Told on an unexpected failure instead of the general sentence. */
    failed?: string;
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
      message: opts.invalid ?? t('common.fixFields'),
      values,
    };
  let success: Success<D>;
  try {
    const r = await opts.run(parsed.data, staff);
    success = typeof r === 'string' ? { message: r } : (r ?? {});
  } catch (e) {
    const refusal = refusalOf(e, values, { label: 'staff action failed', failed: opts.failed });
    const more = opts.explain?.(e);
    return more ? { ...refusal, ...more } : refusal;
  }
  for (const p of opts.revalidate ?? ['/admin']) revalidatePath(p, 'layout');
  if (success.redirectTo) redirect(success.redirectTo);
  return {
    ok: true,
    message: success.message || opts.done,
    values: opts.keepValues ? values : undefined,
    ...('data' in success ? { data: success.data } : {}),
  };
}
