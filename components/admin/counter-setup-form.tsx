'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/alert';
import type { FormAction, FormState } from '@/lib/validation/form-state';

export type CounterSetupLabels = {
  counter: string;
  counterHint: string;
  categories: string;
  submit: string;
};

/** The clerk's counter number and the categories they call from, kept in a cookie by the action. */
export function CounterSetupForm({
  action,
  office,
  counter,
  categories,
  labels,
}: {
  action: FormAction;
  office: string;
  counter: number;
  categories: { id: string; name: string; letter: string; checked: boolean }[];
  labels: CounterSetupLabels;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, null);
  const errors = state?.ok === false ? state.fieldErrors : undefined;
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-5">
      <input type="hidden" name="office" value={office} />
      <div>
        <label htmlFor="stanowisko-numer" className="block font-medium">
          {labels.counter}
        </label>
        <p id="stanowisko-numer-hint" className="text-sm text-slate-700">
          {labels.counterHint}
        </p>
        <input
          id="stanowisko-numer"
          name="counter"
          type="number"
          min={1}
          max={99}
          defaultValue={state?.values?.counter ?? counter}
          aria-invalid={errors?.counter ? true : undefined}
          aria-describedby={`stanowisko-numer-hint${errors?.counter ? ' stanowisko-numer-error' : ''}`}
          className="mt-1 w-32 rounded-md border border-slate-500 px-3 py-2 text-base"
        />
        {errors?.counter && (
          <p id="stanowisko-numer-error" className="mt-1 text-sm font-medium text-red-800">
            {errors.counter.join(' ')}
          </p>
        )}
      </div>
      <fieldset aria-describedby={errors?.categoryIds ? 'stanowisko-kategorie-error' : undefined}>
        <legend className="font-medium">{labels.categories}</legend>
        <ul className="mt-2 space-y-2">
          {categories.map((c) => (
            <li key={c.id} className="flex items-center gap-2">
              <input
                id={`kategoria-${c.id}`}
                type="checkbox"
                name="categoryIds"
                value={c.id}
                defaultChecked={c.checked}
                className="h-5 w-5"
              />
              <label htmlFor={`kategoria-${c.id}`}>
                {c.name} ({c.letter})
              </label>
            </li>
          ))}
        </ul>
        {errors?.categoryIds && (
          <p id="stanowisko-kategorie-error" className="mt-1 text-sm font-medium text-red-800">
            {errors.categoryIds.join(' ')}
          </p>
        )}
      </fieldset>
      <FormMessage state={state} />
      <Button disabled={pending}>{labels.submit}</Button>
    </form>
  );
}
