import { z } from 'zod';
import type { MessageKey, MessageParams } from '@/lib/i18n/catalogue';
import { type Translator, sayMessage, translator } from '@/lib/i18n/translator';
import type { ImpactRow } from '@/lib/server/schedule/lock-schedules';

/** The bookings a refused schedule change would drop, and the wording of the button that cancels them. */
export type Impact = { rows: ImpactRow[]; confirmLabel: string };

export type FieldErrors = Record<string, string[] | undefined>;

/** Why an action said no, beyond its sentence: typed, so the form never reads flags out of `values`. */
export type Refusal = {
  message: string;
  fieldErrors?: FieldErrors;
  /** The chosen time was taken meanwhile: the form offers to pick another. */
  slotTaken?: true;
  /** A schedule change would drop these bookings: the form offers to go on and cancel them. */
  impact?: Impact;
};

/**
 * The one return shape of every form's server action, public and staff (read with
 * useActionState), built by runPublicAction and runStaffAction. `values` echoes what was typed,
 * so nothing is lost after an error; `data` is what an action answers beyond a sentence (a
 * contact shown on request), small and plain. `goTo` is the page to go on to, answered instead of
 * a redirect to a form posted with JavaScript (the form navigates: goOn, decision 040).
 */
export type FormState<D = undefined> =
  | { ok: true; message?: string; values?: Record<string, string>; data?: D; goTo?: string }
  | ({ ok: false; values?: Record<string, string>; goTo?: string } & Refusal)
  | null;

/** The parameters a built-in check's issue carries itself: `.max(254, m(key))` fills `{max}`. */
function paramsOf(issue: z.core.$ZodIssue): MessageParams | undefined {
  if (issue.code === 'too_big') return { max: String(issue.maximum) };
  if (issue.code === 'too_small') return { min: String(issue.minimum) };
  if (issue.code === 'custom') return issue.params;
  return undefined;
}

/** An issue in words: its message is a catalogue key; zod's own (for a value no form sends) is not. */
function sayIssue(issue: z.core.$ZodIssue, t: Translator): string {
  const key = issue.message as MessageKey;
  return t.has(key) ? sayMessage(t, { key, params: paramsOf(issue) }) : t('common.invalidValue');
}

/**
 * The field errors of a failed parse, first issue per field first (zod 4's z.flattenError). A
 * schema's messages are catalogue keys (`m(key)`), their parameters on the issue (`withParams`),
 * put into words here; a message that is no key reads as the general one.
 */
export function fieldErrorsOf(error: z.ZodError, t: Translator = translator()): FieldErrors {
  return z.flattenError(error, (issue) => sayIssue(issue, t)).fieldErrors as FieldErrors;
}

/**
 * A server action is a public endpoint: a crafted call may pass any serialisable value where the
 * browser posts a form. Actions check with isForm first and answer this.
 */
export const notAForm = (t: Translator = translator()) =>
  ({ ok: false, message: t('common.notAForm') }) as const satisfies FormState;

export const isForm = (v: unknown): v is FormData => v instanceof FormData;

/**
 * The text fields of a form, for parsing and echoing back (never files). A field sent twice
 * counts with its first value, as FormData#get reads it, so every step sees the same one.
 */
export function formValues(formData: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isForm(formData)) return out;
  for (const [k, v] of formData) if (typeof v === 'string' && !k.startsWith('$') && !(k in out)) out[k] = v;
  return out;
}

/** A form's server action as a component receives it (from its page, never from app/ itself). */
export type FormAction<D = undefined> = (prev: FormState<D>, formData: FormData) => Promise<FormState<D>>;

/** "Pokaż kontakt" answers the contact (null once hidden again): it travels only in this answer. */
export type Contact = { email: string | null; phone: string | null } | null;
export type ContactState = FormState<Contact>;
export type RevealContactAction = FormAction<Contact>;
