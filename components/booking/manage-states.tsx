import { useTranslations } from '@/lib/i18n/server';
import type { FormAction } from '@/lib/validation/form-state';
import { ActionForm, ActionSection } from './action-form';
import { inSentence } from '@/components/ui/in-sentence';

/** The manage page of a held booking: the code's form, and a new code on request. */
export function HeldBooking(p: {
  token: string;
  email: string | null;
  bySms: boolean;
  /** "09:41": when the hold ends. */
  until: string;
  when: string;
  confirmCodeAction: FormAction;
  resendCodeAction: FormAction;
}) {
  const t = useTranslations();
  return (
    <>
      <h1 className="text-brand text-2xl font-bold">{t('manage.held.title')}</h1>
      <p className="mt-2">
        {t.rich('manage.held.sent', {
          sms: p.bySms ? t('manage.held.bySms') : '',
          when: p.when,
          email: inSentence(
            <strong key="email" className="break-all">
              {p.email}
            </strong>,
          ),
          until: inSentence(<strong key="until">{p.until}</strong>),
        })}
      </p>
      <ActionForm
        action={p.confirmCodeAction}
        token={p.token}
        submit={t('manage.held.confirm')}
        field={{
          name: 'code',
          label: t('manage.held.code'),
          inputMode: 'numeric',
          autoComplete: 'one-time-code',
        }}
      />
      <ActionSection
        title={t('manage.held.noCode')}
        help={t('manage.held.noCodeHelp')}
        action={p.resendCodeAction}
        token={p.token}
        submit={t('manage.held.resend')}
        variant="secondary"
      />
    </>
  );
}

/** The manage page of a confirmed visit: what to show and bring on the day. */
export function ConfirmedVisit(p: {
  when: string;
  reference: string;
  /** Only where the office has a ticket machine. */
  kioskCode: string | null;
  peupUrl: string;
}) {
  const t = useTranslations();
  return (
    <>
      <h1 className="text-brand text-2xl font-bold">{t('manage.confirmed.title')}</h1>
      <p className="mt-2 text-lg">{p.when}</p>
      <div className="mt-4 grid gap-3 sm:grid-cols-2">
        <p className="rounded-md border border-slate-300 p-3">
          <span className="block text-sm text-slate-700">{t('manage.confirmed.reference')}</span>
          <strong className="text-2xl tracking-wider">{p.reference}</strong>
        </p>
        {p.kioskCode !== null && (
          <p className="rounded-md border border-slate-300 p-3">
            <span className="block text-sm text-slate-700">{t('manage.confirmed.kioskCode')}</span>
            <strong className="text-2xl tracking-widest">{p.kioskCode}</strong>
          </p>
        )}
      </div>
      <ul className="mt-4 list-disc space-y-1 pl-5">
        <li>{t('manage.confirmed.onTime')}</li>
        <li>{t('manage.confirmed.proof')}</li>
        <li>
          <a href={p.peupUrl} className="text-brand underline" rel="noopener">
            {t('manage.confirmed.peup')}
          </a>
        </li>
      </ul>
    </>
  );
}
