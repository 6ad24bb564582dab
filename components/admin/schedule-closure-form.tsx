'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/validation/form-state';
import { ScheduleField } from './schedule-field';
import { ScheduleImpact } from './schedule-impact';

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** A closed day or range, for the chosen category or its whole office, with a reason. */
export function ScheduleClosureForm({
  action,
  labelledBy,
  categoryId,
  categoryName,
  officeName,
}: {
  action: Action;
  /** The heading that names the form (it then reads as a "form" landmark). */
  labelledBy: string;
  categoryId: string;
  categoryName: string;
  officeName: string;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, null);
  const values = state?.values;
  const errorsOf = (name: string) => (state?.ok === false ? state.fieldErrors?.[name] : undefined);
  const field = (name: string) => ({
    id: `closure-${name}`,
    name,
    value: values?.[name],
    errors: errorsOf(name),
  });
  return (
    <form action={formAction} noValidate aria-labelledby={labelledBy} className="space-y-4">
      <input type="hidden" name="categoryId" value={categoryId} />
      <ScheduleField
        {...field('scope')}
        type="select"
        label="Czego dotyczy"
        options={[
          { value: 'category', label: `Tylko kategoria: ${categoryName}` },
          { value: 'office', label: `Całe biuro: ${officeName} (wszystkie kategorie)` },
        ]}
      />
      <div className="flex flex-wrap gap-4">
        <div className="min-w-[12rem]">
          <ScheduleField {...field('fromDate')} type="date" label="Od dnia" hint="Najwcześniej dziś." />
        </div>
        <div className="min-w-[12rem]">
          <ScheduleField
            {...field('toDate')}
            type="date"
            label="Do dnia (włącznie)"
            hint="Zostaw puste, jeśli zamykasz jeden dzień."
          />
        </div>
      </div>
      <ScheduleField
        {...field('reason')}
        label="Powód"
        hint="Zobaczą go mieszkańcy w kalendarzu, np. „szkolenie pracowników”."
      />
      <div aria-live="polite">
        {state?.message && (
          <p
            role={state.ok ? 'status' : 'alert'}
            className={state.ok ? 'text-green-800' : 'font-medium text-red-800'}
          >
            {state.message}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="bg-brand hover:bg-brand-dark rounded-md px-5 py-2 font-semibold text-white disabled:opacity-60"
      >
        Zamknij wybrane dni
      </button>
      {state?.ok === false && state.impact && (
        <ScheduleImpact
          idPrefix="closure"
          impact={state.impact}
          reason={values?.cancelReason}
          reasonErrors={errorsOf('cancelReason')}
        />
      )}
    </form>
  );
}
