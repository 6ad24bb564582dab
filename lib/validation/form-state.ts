/** The one return shape of every form's server action (read with useActionState). */
export type FormState =
  | { ok: true; message?: string }
  | { ok: false; fieldErrors?: Record<string, string[] | undefined>; message: string }
  | null;
