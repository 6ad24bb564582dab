import 'server-only';
import { revalidatePath } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import type { FormState } from '@/lib/validation/form-state';
import { formValues } from '@/lib/validation/form-state';
import { isAppError } from '@/lib/server/core/errors';
import { type Staff, requireStaff } from './guard';

const FAILED = 'Wystąpił błąd po naszej stronie. Spróbuj ponownie za chwilę.';

/**
 * The one shape of every staff server action: authorise (a missing session redirects to sign-in,
 * a clerk is refused an administrator's task) → parse → one use case → revalidate. Authorising
 * comes first so that nothing about the data is answered to someone without the right.
 */
export async function runStaffAction<S extends z.ZodType>(
  formData: FormData,
  opts: {
    role: 'CLERK' | 'ADMIN';
    schema: S;
    /** Shown above the fields when parsing fails. */
    invalid?: string;
    run: (data: z.output<S>, staff: Staff) => Promise<string | void>;
    /** Shown when the use case succeeds (a returned string replaces it). */
    done: string;
    revalidate?: string[];
    /** Keep the form's values after success (e.g. a search); by default the form is cleared. */
    keepValues?: boolean;
  },
): Promise<FormState> {
  const values = formValues(formData);
  let staff: Staff;
  try {
    staff = await requireStaff(opts.role);
  } catch (e) {
    if (isAppError(e)) return { ok: false, message: e.userMessage, values };
    throw e; // the redirect to sign-in
  }
  const parsed = opts.schema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return { ok: false, fieldErrors, message: opts.invalid ?? 'Popraw zaznaczone pola.', values };
  }
  let message: string | void;
  try {
    message = await opts.run(parsed.data, staff);
  } catch (e) {
    unstable_rethrow(e);
    if (isAppError(e))
      return {
        ok: false,
        message: e.userMessage,
        fieldErrors: e.field ? { [e.field]: [e.userMessage] } : undefined,
        values,
      };
    console.error('staff action failed', e);
    return { ok: false, message: FAILED, values };
  }
  for (const p of opts.revalidate ?? ['/admin']) revalidatePath(p, 'layout');
  return { ok: true, message: message || opts.done, values: opts.keepValues ? values : undefined };
}
