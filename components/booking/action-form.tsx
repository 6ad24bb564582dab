'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/validation/form-state';
import { Field } from '@/components/ui/field';

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;
type Props = {
  action: Action;
  token: string;
  submit: string;
  field?: {
    name: string;
    label: string;
    hint?: string;
    inputMode?: 'numeric' | 'tel';
    autoComplete?: string;
    defaultValue?: string;
  };
  variant?: 'primary' | 'secondary' | 'danger';
};

const BUTTON = {
  primary: 'bg-brand text-white hover:bg-brand-dark',
  secondary: 'border border-brand text-brand hover:bg-slate-100',
  danger: 'bg-red-800 text-white hover:bg-red-900',
};

/** A one-field (or button-only) POST form with its message in a live region. */
export function ActionForm({ action, token, submit, field, variant = 'primary' }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, null);
  const errors = state?.ok === false ? state.fieldErrors?.[field?.name ?? ''] : undefined;
  return (
    <form action={formAction} className="mt-3 space-y-3" noValidate>
      <input type="hidden" name="token" value={token} />
      {field && (
        <Field
          name={field.name}
          label={field.label}
          hint={field.hint}
          inputMode={field.inputMode}
          autoComplete={field.autoComplete}
          defaultValue={state?.values?.[field.name] ?? field.defaultValue}
          errors={errors}
        />
      )}
      <div aria-live="polite">
        {state && !errors && (
          <p
            role={state.ok ? 'status' : 'alert'}
            className={state.ok ? 'text-green-800' : 'font-medium text-red-800'}
          >
            {state.message}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className={`w-full rounded-md px-6 py-3 font-semibold sm:w-auto ${BUTTON[variant]}`}
      >
        {submit}
      </button>
    </form>
  );
}
