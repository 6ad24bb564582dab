'use client';

import { useActionState } from 'react';
import type { FormAction, FormState } from '@/lib/validation/form-state';

/**
 * A form bound to the benchmark's empty action the way the booking forms are bound to theirs
 * (useActionState), so that without JavaScript it carries the same hidden fields.
 */
export function EmptyActionForm({ emptyAction }: { emptyAction: FormAction }) {
  const [state, action] = useActionState<FormState, FormData>(emptyAction, null);
  return (
    <form action={action} className="p-4">
      <input type="hidden" name="step" value="book" />
      <button type="submit">bench</button>
      <output className="ml-2">{state?.ok ? 'ok' : ''}</output>
    </form>
  );
}
