'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/validation/form-state';
import { FormMessage } from '@/components/ui/alert';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { Field } from '@/components/ui/field';

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;
type FormProps = {
  token: string;
  submit: string;
  field?: {
    name: string;
    label: string;
    hint?: string;
    type?: 'text' | 'email';
    inputMode?: 'numeric' | 'tel' | 'email';
    autoComplete?: string;
    defaultValue?: string;
  };
  variant?: Extract<ButtonVariant, 'primary' | 'secondary' | 'danger'>;
};
type Props = FormProps & { action: Action };

/**
 * The form of an ActionForm, given its action's state (useActionState) from the caller: a
 * component that must keep an answer after the form itself is gone holds the state above it.
 */
export function ActionFormView({
  state,
  formAction,
  pending,
  token,
  submit,
  field,
  variant = 'primary',
}: FormProps & { state: FormState; formAction: (formData: FormData) => void; pending: boolean }) {
  const errors = state?.ok === false ? state.fieldErrors?.[field?.name ?? ''] : undefined;
  return (
    <form action={formAction} className="mt-3 space-y-3" noValidate>
      <input type="hidden" name="token" value={token} />
      {field && (
        <Field
          name={field.name}
          label={field.label}
          hint={field.hint}
          type={field.type}
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

/** A one-field (or button-only) POST form with its message in a live region. */
export function ActionForm({ action, ...form }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, null);
  return <ActionFormView state={state} formAction={formAction} pending={pending} {...form} />;
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
