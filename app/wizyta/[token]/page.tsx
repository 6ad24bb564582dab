import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ActionForm } from '@/components/booking/action-form';
import { BookingDetailsList } from '@/components/booking/booking-details-list';
import { BookingDeleted, RetentionNotice } from '@/components/booking/retention-notice';
import { formatVisitTime } from '@/components/booking/visit-time';
import { PageShell } from '@/components/ui/page-shell';
import { rich } from '@/components/ui/rich-text';
import { formatTime } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import { RETENTION_TEXT } from '@/lib/i18n/retention-messages';
import { getBookingByToken } from '@/lib/server/booking/get-booking-by-token';
import { cancelAction, confirmCodeAction, resendCodeAction, updatePhoneAction } from '../actions';

// The token is a secret: keep this page out of indexes and out of referrers to other sites.
export const metadata: Metadata = {
  title: t('manage.metaTitle'),
  robots: { index: false, follow: false },
  referrer: 'same-origin',
};

export default async function BookingPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const b = await getBookingByToken(token, new Date());
  if (!b) notFound();
  if (b.state === 'deleted')
    return (
      <PageShell phones={[b.office.bookingPhone]}>
        <BookingDeleted reference={b.reference} />
      </PageShell>
    );
  const when = formatVisitTime(b.startsAt);
  // After the visit began, everything stays readable (right of access) and nothing can change.
  const live = b.state === 'open';
  return (
    <PageShell phones={[b.office.bookingPhone]}>
      {live && b.status === 'HELD' && (
        <>
          <h1 className="text-brand text-2xl font-bold">{t('manage.held.title')}</h1>
          <p className="mt-2">
            {rich(
              'manage.held.sent',
              {
                email: <strong className="break-all">{b.email}</strong>,
                until: <strong>{formatTime(b.holdExpiresAt!)}</strong>,
              },
              { sms: b.smsOptIn && b.phone ? t('manage.held.bySms') : '', when },
            )}
          </p>
          <ActionForm
            action={confirmCodeAction}
            token={token}
            submit={t('manage.held.confirm')}
            field={{
              name: 'code',
              label: t('manage.held.code'),
              inputMode: 'numeric',
              autoComplete: 'one-time-code',
            }}
          />
          <h2 className="mt-6 font-semibold">{t('manage.held.noCode')}</h2>
          <p className="text-sm text-slate-700">{t('manage.held.noCodeHelp')}</p>
          <ActionForm
            action={resendCodeAction}
            token={token}
            submit={t('manage.held.resend')}
            variant="secondary"
          />
        </>
      )}
      {live && b.status === 'CONFIRMED' && (
        <>
          <h1 className="text-brand text-2xl font-bold">{t('manage.confirmed.title')}</h1>
          <p className="mt-2 text-lg">{when}</p>
          <div className="mt-4 grid gap-3 sm:grid-cols-2">
            <p className="rounded-md border border-slate-300 p-3">
              <span className="block text-sm text-slate-700">{t('manage.confirmed.reference')}</span>
              <strong className="text-2xl tracking-wider">{b.reference}</strong>
            </p>
            {b.office.kioskEnabled && (
              <p className="rounded-md border border-slate-300 p-3">
                <span className="block text-sm text-slate-700">{t('manage.confirmed.kioskCode')}</span>
                <strong className="text-2xl tracking-widest">{b.kioskCode}</strong>
              </p>
            )}
          </div>
          <ul className="mt-4 list-disc space-y-1 pl-5">
            <li>{t('manage.confirmed.onTime')}</li>
            <li>{t('manage.confirmed.proof')}</li>
            <li>
              <a href={b.peupUrl} className="text-brand underline" rel="noopener">
                {t('manage.confirmed.peup')}
              </a>
            </li>
          </ul>
        </>
      )}
      {!live && (
        <>
          <h1 className="text-brand text-2xl font-bold">
            {b.status === 'CANCELLED'
              ? t('manage.cancelledTitle')
              : b.status === 'EXPIRED'
                ? t('manage.expiredTitle')
                : RETENTION_TEXT.resident.readOnlyTitle}
          </h1>
          <p className="mt-2">
            {b.status === 'EXPIRED'
              ? t('manage.expired')
              : b.status === 'CANCELLED'
                ? t('manage.cancelled', { when })
                : RETENTION_TEXT.resident.readOnly}{' '}
            <Link href="/" className="text-brand underline">
              {t('manage.bookAgain')}
            </Link>
          </p>
          <RetentionNotice erasureOn={b.erasureOn} />
        </>
      )}
      <BookingDetailsList booking={b} when={when} />
      {live && (
        <>
          <h2 className="mt-6 font-semibold">{t('manage.phone.title')}</h2>
          <ActionForm
            action={updatePhoneAction}
            token={token}
            submit={t('manage.phone.save')}
            variant="secondary"
            field={{
              name: 'phone',
              label: t('manage.phone.label'),
              inputMode: 'tel',
              autoComplete: 'tel',
              defaultValue: b.phone ?? '',
            }}
          />
          <h2 className="mt-6 font-semibold">{t('manage.cancel.title')}</h2>
          <p className="text-sm text-slate-700">{t('manage.cancel.help')}</p>
          <ActionForm
            action={cancelAction}
            token={token}
            submit={t('manage.cancel.title')}
            variant="danger"
          />
        </>
      )}
    </PageShell>
  );
}
