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

/** The text fields of a form, for echoing back (never files). */
export function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of formData) if (typeof v === 'string' && !k.startsWith('$')) out[k] = v;
  return out;
}
