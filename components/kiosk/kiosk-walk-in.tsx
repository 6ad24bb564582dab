'use client';

import { useActionState } from 'react';
import type { FormAction, FormState } from '@/lib/validation/form-state';
import { KIOSK_PRIMARY } from './kiosk-frame';
import { KioskRefusal } from './kiosk-refusal';
import { KioskTicket, type KioskTicketView } from './kiosk-ticket';

export type KioskWalkInChoice = { categoryId: string; name: string; closed?: string };

/** "Bez rezerwacji": one button per category that takes walk-ins today; a closed one says why. */
export function KioskWalkIn({
  action,
  office,
  heading,
  empty,
  choices,
  askInfo,
}: {
  action: FormAction<KioskTicketView>;
  office: string;
  heading: string;
  empty: string;
  choices: KioskWalkInChoice[];
  askInfo: string;
}) {
  const [state, formAction, pending] = useActionState<FormState<KioskTicketView>, FormData>(action, null);
  if (state?.ok && state.data) return <KioskTicket ticket={state.data} />;
  return (
    <>
      <h1 className="mb-6 text-5xl font-bold">{heading}</h1>
      <div aria-live="assertive">
        {state?.ok === false && (
          <KioskRefusal id="bez-rezerwacji-odmowa" message={state.message} askInfo={askInfo} />
        )}
      </div>
      {choices.length === 0 ? (
        <p className="text-3xl">
          {empty} {askInfo}
        </p>
      ) : (
        <ul className="space-y-5">
          {choices.map((c) => (
            <li key={c.categoryId}>
              {c.closed ? (
                <div className="rounded-2xl border-4 border-slate-400 p-6">
                  <p className="text-3xl font-bold">{c.name}</p>
                  <p className="mt-2 text-2xl">{c.closed}</p>
                </div>
              ) : (
                <form action={formAction}>
                  <input type="hidden" name="office" value={office} />
                  <input type="hidden" name="categoryId" value={c.categoryId} />
                  <button type="submit" disabled={pending} className={KIOSK_PRIMARY}>
                    {c.name}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
