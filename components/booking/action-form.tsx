'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/validation/form-state';
import { FormMessage } from '@/components/ui/alert';
import { Button, type ButtonVariant } from '@/components/ui/button';
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
  variant?: Extract<ButtonVariant, 'primary' | 'secondary' | 'danger'>;
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
      <FormMessage state={errors ? null : state} />
      <Button disabled={pending} variant={variant} size="lg">
        {submit}
      </Button>
    </form>
  );
}

/** An action under its own heading and, if any, a line of help: the manage page's blocks. */
export function ActionSection({ title, help, ...form }: Props & { title: string; help?: string }) {
  return (
    <>
      <h2 className="mt-6 font-semibold">{title}</h2>
      {help && <p className="text-sm text-slate-700">{help}</p>}
      <ActionForm {...form} />
    </>
  );
}
