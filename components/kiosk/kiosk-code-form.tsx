'use client';

import { useActionState } from 'react';
import type { FormAction, FormState } from '@/lib/validation/form-state';
import { Keypad, type KeypadLabels } from './keypad';
import { KioskRefusal } from './kiosk-refusal';
import { KioskTicket, type KioskTicketView } from './kiosk-ticket';

/**
 * A code typed on the keypad and sent: the booking's code for a ticket ("Umówiona wizyta"), or
 * the one-time pairing code. A refusal says why above the keypad; a ticket replaces the screen.
 */
export function KioskCodeForm({
  action,
  office,
  heading,
  intro,
  keypad,
  askInfo,
}: {
  action: FormAction<KioskTicketView>;
  office: string;
  heading: string;
  intro?: string;
  keypad: KeypadLabels;
  askInfo: string;
}) {
  const [state, formAction, pending] = useActionState<FormState<KioskTicketView>, FormData>(action, null);
  if (state?.ok && state.data) return <KioskTicket ticket={state.data} />;
  const refused = state?.ok === false ? (state.fieldErrors?.code?.[0] ?? state.message) : undefined;
  return (
    <form action={formAction} noValidate>
      <h1 className="mb-6 text-5xl font-bold">{heading}</h1>
      {intro && <p className="mb-6 text-2xl">{intro}</p>}
      <input type="hidden" name="office" value={office} />
      <div aria-live="assertive">
        {refused && <KioskRefusal id="kod-odmowa" message={refused} askInfo={askInfo} />}
      </div>
      <Keypad
        name="code"
        length={8}
        labels={keypad}
        pending={pending}
        error={refused ? 'kod-odmowa' : undefined}
      />
    </form>
  );
}
