import Link from 'next/link';
import { useTranslations } from '@/lib/i18n/server';
import type { FormAction } from '@/lib/validation/form-state';
import { RescheduleForm } from './reschedule-form';

/** The chosen new time next to the current one, what changes with it, and the button. */
export function RescheduleConfirm({
  action,
  token,
  startsAt,
  current,
  next,
  dayChanges,
  otherTimeHref,
}: {
  action: FormAction;
  token: string;
  startsAt: string;
  current: string;
  next: string;
  dayChanges: boolean;
  otherTimeHref: string;
}) {
  const t = useTranslations();
  return (
    <section aria-labelledby="potwierdz-zmiane" className="mt-6">
      <h2 id="potwierdz-zmiane" className="text-lg font-semibold">
        {t('changes.reschedule.confirmHeading')}
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-md border border-slate-300 p-3">
        <dt className="text-slate-700">{t('changes.reschedule.current')}</dt>
        <dd>
          <s>{current}</s>
        </dd>
        <dt className="text-slate-700">{t('changes.reschedule.next')}</dt>
        <dd className="font-semibold">{next}</dd>
      </dl>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
        {dayChanges && <li>{t('changes.reschedule.newReference')}</li>}
        <li>{t('changes.reschedule.newLink')}</li>
      </ul>
      <RescheduleForm
        action={action}
        token={token}
        startsAt={startsAt}
        submit={t('changes.reschedule.submit')}
      />
      <p className="mt-4">
        <Link href={otherTimeHref} className="text-brand underline">
          {t('changes.reschedule.otherTime')}
        </Link>
      </p>
    </section>
  );
}
