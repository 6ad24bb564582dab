'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { FormState } from '@/lib/validation/form-state';
import type { ScheduleClosureWords } from './client-words';
import { ScheduleImpact } from './schedule-impact';

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** A closed day or range, for the chosen category or its whole office, with a reason. */
export function ScheduleClosureForm({
  action,
  labelledBy,
  categoryId,
  words,
}: {
  action: Action;
  /** The heading that names the form (it then reads as a "form" landmark). */
  labelledBy: string;
  categoryId: string;
  /** scheduleClosureWords(t, …), which names the category and the office. */
  words: ScheduleClosureWords;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, null);
  const values = state?.values;
  const errorsOf = (name: string) => (state?.ok === false ? state.fieldErrors?.[name] : undefined);
  const field = (name: string) => ({
    id: `closure-${name}`,
    name,
    size: 'sm' as const,
    defaultValue: values?.[name],
    errors: errorsOf(name),
  });
  return (
    <form action={formAction} noValidate aria-labelledby={labelledBy} className="space-y-4">
      <input type="hidden" name="categoryId" value={categoryId} />
      <Field
        {...field('scope')}
        type="select"
        label={words.scope}
        options={[
          { value: 'category', label: words.scopeCategory },
          { value: 'office', label: words.scopeOffice },
        ]}
      />
      <div className="flex flex-wrap gap-4">
        <Field
          {...field('fromDate')}
          type="date"
          label={words.fromDate}
          hint={words.fromHint}
          className="min-w-[12rem]"
        />
        <Field
          {...field('toDate')}
          type="date"
          label={words.to}
          hint={words.toHint}
          className="min-w-[12rem]"
        />
      </div>
      <Field {...field('reason')} label={words.reason} hint={words.reasonHint} />
      <FormMessage state={state} />
      <Button disabled={pending}>{words.submit}</Button>
      {state?.ok === false && state.impact && (
        <ScheduleImpact
          idPrefix="closure"
          impact={state.impact}
          reason={values?.cancelReason}
          reasonErrors={errorsOf('cancelReason')}
          words={words.impact}
        />
      )}
    </form>
  );
}
