'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { FormAction, FormState } from '@/lib/validation/form-state';

/** The one button that swaps the visit's time; its answer in a live region. Works without JavaScript. */
export function RescheduleForm({
  action,
  token,
  startsAt,
  submit,
}: {
  action: FormAction;
  token: string;
  startsAt: string;
  submit: string;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, null);
  return (
    <form action={formAction} className="mt-4 space-y-3">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="startsAt" value={startsAt} />
      <FormMessage state={state} />
      <Button size="lg" disabled={pending}>
        {submit}
      </Button>
    </form>
  );
}
