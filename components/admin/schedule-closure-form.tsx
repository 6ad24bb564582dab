'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { t } from '@/lib/i18n/t';
import type { FormState } from '@/lib/validation/form-state';
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
        label={t('admin.schedule.closure.scope')}
        options={[
          { value: 'category', label: t('admin.schedule.closure.scopeCategory', { name: categoryName }) },
          { value: 'office', label: t('admin.schedule.closure.scopeOffice', { name: officeName }) },
        ]}
      />
      <div className="flex flex-wrap gap-4">
        <Field
          {...field('fromDate')}
          type="date"
          label={t('admin.words.fromDate')}
          hint={t('admin.schedule.closure.fromHint')}
          className="min-w-[12rem]"
        />
        <Field
          {...field('toDate')}
          type="date"
          label={t('admin.schedule.closure.to')}
          hint={t('admin.schedule.closure.toHint')}
          className="min-w-[12rem]"
        />
      </div>
      <Field
        {...field('reason')}
        label={t('admin.words.reason')}
        hint={t('admin.schedule.closure.reasonHint')}
      />
      <FormMessage state={state} />
      <Button disabled={pending}>{t('admin.schedule.closure.submit')}</Button>
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
