import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import {
  type FormState,
  type Refusal,
  fieldErrorsOf,
  formValues,
  isForm,
  notAForm,
} from '@/lib/validation/form-state';
import { type Say, isNextSignal, outcomeOf, refusalOf, words } from './action-outcome';
import { isAppError } from './errors';

/** redirectTo: a redirect; goTo: the page to go on to, for the caller to answer with goOn. */
type Success = { message?: Say; redirectTo?: string; goTo?: string };

/**
 * The one shape of every resident's server action: parse (zod) → authorise (the preconditions a
 * resident can act on: the matter's mode, the flow's state, a rate limit) → one use case →
 * revalidate or redirect, after the try/catch. Anything may arrive where a form is expected: a
 * value that is not a form is answered, never thrown. The staff counterpart is runStaffAction.
 */
export async function runPublicAction<S extends z.ZodType, R>(
  formData: unknown,
  opts: {
    schema: S;
    /** Shown above the fields when parsing fails (a catalogue key). */
    invalid: Say;
    /** A refusal before the use case runs (nothing is changed), or nothing to go on. */
    authorise?: (data: z.output<S>) => Refusal | undefined | Promise<Refusal | undefined>;
    run: (data: z.output<S>) => Promise<R>;
    /** The sentence (a catalogue key or a Message) or the page to go to on success. */
    done: Say | ((result: R) => Say | Success);
    revalidate?: string[];
    /** Keep the form's values after success (e.g. a step that shows them back). */
    keepValues?: boolean;
    /** Which fields are never echoed back (a password). */
    secret?: string[];
    /** Named in the log when the use case fails unexpectedly, and told to the resident. */
    log: string;
    /** More for the log on an unexpected failure (read only then, e.g. the client's key). */
    logContext?: () => Promise<Record<string, unknown>>;
    failed?: Say;
  },
): Promise<FormState> {
  if (!isForm(formData)) return notAForm();
  const values = formValues(formData);
  const parsed = opts.schema.safeParse(values);
  for (const k of opts.secret ?? []) delete values[k];
  if (!parsed.success)
    return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), message: words(opts.invalid), values };
  let success: Success;
  try {
    const refusal = await opts.authorise?.(parsed.data);
    if (refusal) return { ok: false, ...refusal, values };
    const result = await opts.run(parsed.data);
    success = outcomeOf<Success>(typeof opts.done === 'function' ? opts.done(result) : opts.done);
  } catch (e) {
    const context = isAppError(e) || isNextSignal(e) ? undefined : await opts.logContext?.();
    return refusalOf(e, values, { label: opts.log, failed: opts.failed, context });
  }
  for (const p of opts.revalidate ?? []) revalidatePath(p);
  if (success.redirectTo) redirect(success.redirectTo);
  return {
    ok: true,
    message: success.message && words(success.message),
    values: opts.keepValues ? values : undefined,
    ...(success.goTo && { goTo: success.goTo }),
  };
}
