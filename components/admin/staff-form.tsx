'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/alert';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { Field, type FieldOption } from '@/components/ui/field';
import type { FormState } from '@/lib/validation/form-state';

export type StaffField = {
  name: string;
  label: string;
  type?:
    | 'text'
    | 'email'
    | 'password'
    | 'number'
    | 'date'
    | 'time'
    | 'search'
    | 'tel'
    | 'textarea'
    | 'select'
    | 'checkbox'
    | 'hidden';
  hint?: string;
  defaultValue?: string;
  options?: FieldOption[];
  autoComplete?: string;
  required?: boolean;
  /** Fields side by side on wider screens. */
  inline?: boolean;
  /** Height of a textarea (long texts such as the regulations). */
  rows?: number;
};

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;
type Variant = Exclude<ButtonVariant, 'quiet'>;

/**
 * Every staff form: labelled fields with their errors tied by aria-describedby, the outcome in a
 * live region, values kept after an error. Works without JavaScript (a plain POST).
 */
export function StaffForm({
  action,
  fields,
  submit,
  variant = 'primary',
  compact = false,
  idPrefix = 'f',
  choices,
  children,
}: {
  action: Action;
  fields: StaffField[];
  submit: string;
  variant?: Variant;
  /** Fields and button in one row (filters, one-button forms in tables). */
  compact?: boolean;
  /** Distinguishes field ids when a page shows the same form several times (one per row). */
  idPrefix?: string;
  /** Several submit buttons in place of `submit`, each posting its own name=value (one form, one
   * outcome region, several possible actions — e.g. the status buttons of a row). */
  choices?: { name: string; value: string; label: string; variant?: Variant }[];
  children?: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, null);
  const errorsOf = (name: string) => (state?.ok === false ? state.fieldErrors?.[name] : undefined);
  const valueOf = (f: StaffField) => state?.values?.[f.name] ?? f.defaultValue;
  return (
    <form action={formAction} noValidate className={compact ? 'flex flex-wrap items-end gap-3' : 'space-y-4'}>
      {fields.map((f) =>
        f.type === 'hidden' ? (
          <input key={f.name} type="hidden" name={f.name} value={valueOf(f) ?? ''} />
        ) : (
          <Field
            key={f.name}
            id={`${idPrefix}-${f.name}`}
            name={f.name}
            label={f.label}
            type={f.type}
            hint={f.hint}
            options={f.options}
            autoComplete={f.autoComplete}
            required={f.required}
            rows={f.rows}
            defaultValue={valueOf(f)}
            errors={errorsOf(f.name)}
            className={f.inline ? 'min-w-[9rem] flex-1' : undefined}
          />
        ),
      )}
      {children}
      <FormMessage state={state} className={compact ? 'w-full empty:hidden' : undefined} />
      {choices?.length ? (
        choices.map((c) => (
          <Button
            key={`${c.name}=${c.value}`}
            name={c.name}
            value={c.value}
            disabled={pending}
            variant={c.variant ?? variant}
            size="sm"
          >
            {c.label}
          </Button>
        ))
      ) : (
        <Button disabled={pending} variant={variant}>
          {submit}
        </Button>
      )}
    </form>
  );
}
