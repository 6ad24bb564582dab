import type { Metadata } from 'next';
import { getTranslations } from '@/lib/i18n/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ActionSection } from '@/components/booking/action-form';
import { BookingDetailsList } from '@/components/booking/booking-details-list';
import { BookingDeleted, RetentionNotice } from '@/components/booking/retention-notice';
import { ConfirmedVisit, HeldBooking } from '@/components/booking/manage-states';
import { RescheduledNotice } from '@/components/booking/rescheduled-notice';
import { PageShell } from '@/components/ui/page-shell';
import { formatTime, formatDateTime } from '@/lib/i18n/format';
import { buttonClass } from '@/components/ui/button';
import { getBookingByToken } from '@/lib/server/booking/get-booking-by-token';
import { rescheduleSmsTo } from '@/lib/server/notify/sms-recipient';
import { EmailChange } from '@/components/booking/email-change';
import {
  cancelAction,
  confirmCodeAction,
  confirmEmailChangeAction,
  requestEmailChangeAction,
  resendCodeAction,
  resendEmailChangeCodeAction,
  updateApplicationNumberAction,
  updatePhoneAction,
} from '../actions';
import { RESCHEDULED, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';

// The token is a secret: keep this page out of indexes and out of referrers to other sites.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('manage.metaTitle'), robots: { index: false, follow: false }, referrer: 'same-origin' };
}

type Props = { params: Promise<{ token: string }>; searchParams: Promise<SearchParams> };

export default async function BookingPage({ params, searchParams }: Props) {
  await connection();
  const { token } = await params;
  // Set by "Zmień termin" when it lands here (app/wizyta/[token]/zmien/actions.ts).
  const { zmieniono } = parseSearchParams(RESCHEDULED, await searchParams);
  const b = await getBookingByToken(token, new Date());
  if (!b) notFound();
  const t = await getTranslations();
  if (b.state === 'deleted')
    return (
      <PageShell phones={[b.office.bookingPhone]}>
        <BookingDeleted reference={b.reference} />
      </PageShell>
    );
  const when = formatDateTime(b.startsAt);
  // After the visit began, everything stays readable (right of access) and nothing can change.
  const live = b.state === 'open';
  return (
    <PageShell phones={[b.office.bookingPhone]}>
      {live && b.status === 'HELD' && (
        <HeldBooking
          token={token}
          email={b.email}
          bySms={!!(b.smsOptIn && b.phone)}
          until={formatTime(b.holdExpiresAt!)}
          when={when}
          confirmCodeAction={confirmCodeAction}
          resendCodeAction={resendCodeAction}
        />
      )}
      {live && b.status === 'CONFIRMED' && (
        <>
          {zmieniono && (
            <RescheduledNotice
              when={when}
              reference={b.reference}
              dayChanged={zmieniono === 'dzien'}
              email={b.email}
              smsPhone={rescheduleSmsTo(b)}
            />
          )}
          <ConfirmedVisit
            when={when}
            reference={b.reference}
            kioskCode={b.office.kioskEnabled ? b.kioskCode : null}
            peupUrl={b.peupUrl}
          />
          <p className="mt-4">
            <Link href={`/wizyta/${token}/zmien`} className={buttonClass('secondary')}>
              {t('changes.reschedule.link')}
            </Link>
          </p>
          <p className="mt-1 text-sm text-slate-700">{t('changes.reschedule.linkHint')}</p>
          <p className="mt-4">
            <a href={`/wizyta/${token}/kalendarz`} download className={buttonClass('secondary')}>
              {t('manage.calendar.add')}
            </a>
          </p>
          <p className="mt-1 text-sm text-slate-700">{t('manage.calendar.hint')}</p>
        </>
      )}
      {!live && (
        <>
          <h1 className="text-brand text-2xl font-bold">
            {b.status === 'CANCELLED'
              ? t('manage.cancelledTitle')
              : b.status === 'EXPIRED'
                ? t('manage.expiredTitle')
                : t('retention.resident.readOnlyTitle')}
          </h1>
          <p className="mt-2">
            {b.status === 'EXPIRED'
              ? t('manage.expired')
              : b.status === 'CANCELLED'
                ? t('manage.cancelled', { when })
                : t('retention.resident.readOnly')}{' '}
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
          <ActionSection
            title={t('manage.phone.title')}
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
          {b.status === 'CONFIRMED' && (
            <EmailChange
              token={token}
              waiting={
                b.emailChange &&
                t('manage.email.pending', {
                  email: b.emailChange.email,
                  until: formatTime(b.emailChange.expiresAt),
                })
              }
              words={{
                title: t('manage.email.title'),
                help: t('manage.email.help'),
                label: t('manage.email.label'),
                send: t('manage.email.send'),
                code: t('manage.email.code'),
                confirm: t('manage.email.confirm'),
                noCode: t('manage.email.noCode'),
                noCodeHelp: t('manage.email.noCodeHelp'),
                resend: t('manage.email.resend'),
                another: t('manage.email.another'),
              }}
              requestAction={requestEmailChangeAction}
              confirmAction={confirmEmailChangeAction}
              resendAction={resendEmailChangeCodeAction}
            />
          )}
          {b.matter.requiresApplicationNumber && (
            <ActionSection
              title={t('manage.applicationNumber.title')}
              help={t('booking.details.applicationNumberHint')}
              action={updateApplicationNumberAction}
              token={token}
              submit={t('manage.applicationNumber.save')}
              variant="secondary"
              field={{
                name: 'idApplicationNumber',
                label: t('manage.applicationNumber.label'),
                defaultValue: b.idApplicationNumber ?? '',
              }}
            />
          )}
          <ActionSection
            title={t('manage.cancel.title')}
            help={t('manage.cancel.help')}
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
