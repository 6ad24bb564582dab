'use client';

import { useActionState } from 'react';
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
  options?: { value: string; label: string }[];
  autoComplete?: string;
  required?: boolean;
  /** Fields side by side on wider screens. */
  inline?: boolean;
  /** Height of a textarea (long texts such as the regulations). */
  rows?: number;
};

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

const INPUT =
  'mt-1 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-invalid:border-red-700';
const BUTTON = {
  primary: 'bg-brand text-white hover:bg-brand-dark',
  secondary: 'border border-brand text-brand hover:bg-slate-100',
  danger: 'bg-red-800 text-white hover:bg-red-900',
};

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
  variant?: keyof typeof BUTTON;
  /** Fields and button in one row (filters, one-button forms in tables). */
  compact?: boolean;
  /** Distinguishes field ids when a page shows the same form several times (one per row). */
  idPrefix?: string;
  /** Several submit buttons in place of `submit`, each posting its own name=value (one form, one
   * outcome region, several possible actions — e.g. the status buttons of a row). */
  choices?: { name: string; value: string; label: string; variant?: keyof typeof BUTTON }[];
  children?: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, null);
  const errorsOf = (name: string) => (state?.ok === false ? state.fieldErrors?.[name] : undefined);
  const valueOf = (f: StaffField) => state?.values?.[f.name] ?? f.defaultValue;
  return (
    <form action={formAction} noValidate className={compact ? 'flex flex-wrap items-end gap-3' : 'space-y-4'}>
      {fields.map((f) => (
        <FieldControl
          key={f.name}
          field={f}
          idPrefix={idPrefix}
          value={valueOf(f)}
          errors={errorsOf(f.name)}
        />
      ))}
      {children}
      <div aria-live="polite" className={compact ? 'w-full empty:hidden' : undefined}>
        {state?.message && (
          <p
            role={state.ok ? 'status' : 'alert'}
            className={state.ok ? 'text-green-800' : 'font-medium text-red-800'}
          >
            {state.message}
          </p>
        )}
      </div>
      {choices?.length ? (
        choices.map((c) => (
          <button
            key={`${c.name}=${c.value}`}
            type="submit"
            name={c.name}
            value={c.value}
            disabled={pending}
            className={`rounded-md px-4 py-2 font-semibold disabled:opacity-60 ${BUTTON[c.variant ?? variant]}`}
          >
            {c.label}
          </button>
        ))
      ) : (
        <button
          type="submit"
          disabled={pending}
          className={`rounded-md px-5 py-2 font-semibold disabled:opacity-60 ${BUTTON[variant]}`}
        >
          {submit}
        </button>
      )}
    </form>
  );
}

function FieldControl({
  field: f,
  idPrefix,
  value,
  errors,
}: {
  field: StaffField;
  idPrefix: string;
  value?: string;
  errors?: string[];
}) {
  if (f.type === 'hidden') return <input type="hidden" name={f.name} value={value ?? ''} />;
  const id = `${idPrefix}-${f.name}`;
  const hintId = f.hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const common = {
    id,
    name: f.name,
    required: f.required,
    'aria-invalid': errorId ? true : undefined,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
  };
  const label = (
    <label htmlFor={id} className="block font-medium">
      {f.label}
    </label>
  );
  const hint = f.hint && (
    <p id={hintId} className="text-sm text-slate-700">
      {f.hint}
    </p>
  );
  const error = errorId && (
    <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
      {errors!.join(' ')}
    </p>
  );
  if (f.type === 'checkbox')
    return (
      <div>
        <div className="flex items-center gap-2">
          <input
            {...common}
            type="checkbox"
            value="on"
            defaultChecked={value === 'on' || value === 'true'}
            className="h-5 w-5"
          />
          {label}
        </div>
        {hint}
        {error}
      </div>
    );
  return (
    <div className={f.inline ? 'min-w-[9rem] flex-1' : undefined}>
      {label}
      {hint}
      {f.type === 'select' ? (
        <select {...common} defaultValue={value} className={INPUT}>
          {f.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : f.type === 'textarea' ? (
        <textarea {...common} defaultValue={value} rows={f.rows ?? 4} className={INPUT} />
      ) : (
        <input
          {...common}
          type={f.type ?? 'text'}
          defaultValue={value}
          autoComplete={f.autoComplete}
          className={INPUT}
        />
      )}
      {error}
    </div>
  );
}
