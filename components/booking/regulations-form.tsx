'use client';

import { useActionState } from 'react';
import type { FormAction, FormState } from '@/lib/validation/form-state';

type Props = {
  title: string;
  body: string;
  next: string;
  bookingPhone: string;
  acceptRegulations: FormAction;
};

export function RegulationsForm({ title, body, next, bookingPhone, acceptRegulations }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(acceptRegulations, null);
  const refused = state?.ok === false;
  return (
    <section aria-labelledby="regulamin-tytul" className="mt-6">
      <h2 id="regulamin-tytul" className="text-lg font-semibold">
        {title}
      </h2>
      <div
        tabIndex={0}
        role="region"
        aria-label="Treść regulaminu"
        className="mt-2 max-h-80 overflow-y-auto rounded-md border border-slate-300 p-3 text-sm whitespace-pre-line"
      >
        {body}
      </div>
      <form action={action} className="mt-4" noValidate>
        <input type="hidden" name="next" value={next} />
        <div className="flex items-start gap-3">
          <input
            id="accepted"
            name="accepted"
            type="checkbox"
            className="mt-1 size-6 shrink-0"
            aria-describedby={refused ? 'accepted-error' : undefined}
            aria-invalid={refused || undefined}
          />
          <label htmlFor="accepted" className="text-base font-medium">
            Akceptuję Regulamin
          </label>
        </div>
        <div aria-live="polite" id="accepted-error">
          {refused && (
            <div className="mt-3 rounded-md border border-red-700 bg-red-50 p-3 text-red-900" role="alert">
              <p className="font-semibold">{state.fieldErrors?.accepted?.[0]}</p>
              <p className="mt-1">
                Bez akceptacji regulaminu możesz zarezerwować wizytę telefonicznie:{' '}
                <a className="font-semibold underline" href={`tel:+48${bookingPhone.replaceAll(' ', '')}`}>
                  {bookingPhone}
                </a>
                , albo pobrać bilet z numerem bezpośrednio w budynku urzędu.
              </p>
            </div>
          )}
        </div>
        <button
          type="submit"
          disabled={pending}
          className="bg-brand hover:bg-brand-dark mt-4 w-full rounded-md px-6 py-3 font-semibold text-white sm:w-auto"
        >
          Dalej
        </button>
      </form>
    </section>
  );
}
