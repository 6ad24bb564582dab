'use client';

import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { FormMessage } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { FormAction, FormState } from '@/lib/validation/form-state';

/**
 * One form around the device table: each row's "Odłącz" posts its device, and the answer stays
 * above the table in a live region (a form inside the row would vanish with the row's button, and
 * its answer with it). Works without JavaScript (a plain POST).
 */
export function KioskRevokeForm({ action, children }: { action: FormAction; children: React.ReactNode }) {
  const [state, formAction] = useActionState<FormState, FormData>(action, null);
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} className="mb-2" />
      {children}
    </form>
  );
}

/** A row's "Odłącz: {name}", posting the device's id; off while an answer is on its way. */
export function RevokeButton({ deviceId, label }: { deviceId: string; label: string }) {
  const { pending } = useFormStatus();
  return (
    <Button name="deviceId" value={deviceId} variant="danger" size="sm" disabled={pending}>
      {label}
    </Button>
  );
}
