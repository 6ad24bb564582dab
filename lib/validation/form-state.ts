/**
 * The one return shape of every form's server action (read with useActionState). `values`
 * echoes what the resident typed, so nothing is lost after an error.
 */
export type FormState =
  | { ok: true; message?: string; values?: Record<string, string> }
  | {
      ok: false;
      fieldErrors?: Record<string, string[] | undefined>;
      message: string;
      values?: Record<string, string>;
    }
  | null;

/**
 * A server action is a public endpoint: a crafted call may pass any serialisable value where the
 * browser posts a form. Actions check with isForm first and answer this.
 */
export const NOT_A_FORM = {
  ok: false,
  message: 'Nie udało się odczytać formularza. Odśwież stronę i wypełnij go ponownie.',
} as const satisfies FormState;

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
