'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/alert';
import type { FormAction, FormState } from '@/lib/validation/form-state';

/** The one-time code, shown once, until it runs out (it is typed on the device). */
export type PairingCode = { code: string; until: string };

/**
 * "Sparuj urządzenie": the administrator names the device and gets a one-time code to type on it
 * (at /kiosk/{office}); only the code's hash is stored, so it is shown here once.
 */
export function KioskPairingForm({
  action,
  officeId,
  labels,
}: {
  action: FormAction<PairingCode>;
  officeId: string;
  labels: { name: string; nameHint: string; submit: string; codeLabel: string; instructions: string };
}) {
  const [state, formAction, pending] = useActionState<FormState<PairingCode>, FormData>(action, null);
  const code = state?.ok ? state.data : undefined;
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-4">
      <input type="hidden" name="officeId" value={officeId} />
      <Field
        name="name"
        label={labels.name}
        hint={labels.nameHint}
        defaultValue={state?.ok === false ? state.values?.name : undefined}
        errors={state?.ok === false ? state.fieldErrors?.name : undefined}
      />
      <FormMessage state={state} />
      {code && (
        <div className="rounded-md border-2 border-slate-900 p-4">
          <p className="font-medium">{labels.codeLabel}</p>
          <p className="mt-1 font-mono text-5xl font-black tracking-widest">
            {code.code.slice(0, 4)} {code.code.slice(4)}
          </p>
          <p className="mt-2">{labels.instructions}</p>
        </div>
      )}
      <Button disabled={pending}>{labels.submit}</Button>
    </form>
  );
}
