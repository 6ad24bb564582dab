import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ActionForm } from '@/components/booking/action-form';
import { BookingDetailsList } from '@/components/booking/booking-details-list';
import { BookingDeleted, RetentionNotice } from '@/components/booking/retention-notice';
import { PageShell } from '@/components/ui/page-shell';
import { localDateOf } from '@/lib/domain/time';
import { formatLocalDate, formatTime } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import { getBookingByToken } from '@/lib/server/booking/get-booking-by-token';
import { cancelAction, confirmCodeAction, resendCodeAction, updatePhoneAction } from '../actions';

// The token is a secret: keep this page out of indexes and out of referrers to other sites.
export const metadata: Metadata = {
  title: 'Twoja rezerwacja',
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
      <PageShell>
        <BookingDeleted reference={b.reference} />
      </PageShell>
    );
  const when = `${formatLocalDate(localDateOf(b.startsAt))}, ${formatTime(b.startsAt)}`;
  // After the visit began, everything stays readable (right of access) and nothing can change.
  const live = b.state === 'open';
  return (
    <PageShell>
      {live && b.status === 'HELD' && (
        <>
          <h1 className="text-brand text-2xl font-bold">Potwierdź rezerwację</h1>
          <p className="mt-2">
            Wysłaliśmy kod potwierdzający na adres <strong className="break-all">{b.email}</strong>
            {b.smsOptIn && b.phone ? ' oraz SMS-em' : ''}. Wpisz go do godz.{' '}
            <strong>{formatTime(b.holdExpiresAt!)}</strong> — do tego czasu termin {when} czeka na Ciebie.
          </p>
          <ActionForm
            action={confirmCodeAction}
            token={token}
            submit="Potwierdź"
            field={{
              name: 'code',
              label: 'Kod potwierdzający (6 cyfr)',
              inputMode: 'numeric',
              autoComplete: 'one-time-code',
            }}
          />
          <h2 className="mt-6 font-semibold">Nie dostałeś(-aś) kodu?</h2>
          <p className="text-sm text-slate-700">
            Sprawdź folder spam. Nowy kod możemy wysłać 3 razy, co najmniej minutę po poprzednim.
          </p>
          <ActionForm
            action={resendCodeAction}
            token={token}
            submit="Wyślij kod ponownie"
            variant="secondary"
          />
        </>
      )}
      {live && b.status === 'CONFIRMED' && (
        <>
          <h1 className="text-brand text-2xl font-bold">Wizyta potwierdzona</h1>
          <p className="mt-2 text-lg">{when}</p>
          <div className="mt-4 grid gap-3 sm:grid-cols-2">
            <p className="rounded-md border border-slate-300 p-3">
              <span className="block text-sm text-slate-700">
                Identyfikator wizyty (lista przyjęć przy stanowisku)
              </span>
              <strong className="text-2xl tracking-wider">{b.reference}</strong>
            </p>
            {b.office.kioskEnabled && (
              <p className="rounded-md border border-slate-300 p-3">
                <span className="block text-sm text-slate-700">
                  Kod do automatu biletowego: „Umówiona wizyta”
                </span>
                <strong className="text-2xl tracking-widest">{b.kioskCode}</strong>
              </p>
            )}
          </div>
          <ul className="mt-4 list-disc space-y-1 pl-5">
            <li>Przyjdź punktualnie — spóźnienie może skutkować anulowaniem wizyty.</li>
            <li>Możesz zostać poproszony(-a) o okazanie wiadomości potwierdzającej (e-mail lub SMS).</li>
            <li>
              <a href={b.peupUrl} className="text-brand underline" rel="noopener">
                Co zabrać, opłaty, wnioski (PEUP)
              </a>
            </li>
          </ul>
        </>
      )}
      {!live && (
        <>
          <h1 className="text-brand text-2xl font-bold">
            {b.status === 'CANCELLED'
              ? 'Wizyta odwołana'
              : b.status === 'EXPIRED'
                ? 'Rezerwacja wygasła'
                : t('retention.resident.readOnlyTitle')}
          </h1>
          <p className="mt-2">
            {b.status === 'EXPIRED'
              ? 'Rezerwacja nie została potwierdzona w ciągu 60 minut i termin został zwolniony.'
              : b.status === 'CANCELLED'
                ? `Termin ${when} nie jest już zarezerwowany.`
                : t('retention.resident.readOnly')}{' '}
            <Link href="/" className="text-brand underline">
              Zarezerwuj nową wizytę
            </Link>
          </p>
          <RetentionNotice erasureOn={b.erasureOn} />
        </>
      )}
      <BookingDetailsList booking={b} when={when} />
      {live && (
        <>
          <h2 className="mt-6 font-semibold">Zmień numer telefonu</h2>
          <ActionForm
            action={updatePhoneAction}
            token={token}
            submit="Zapisz numer"
            variant="secondary"
            field={{
              name: 'phone',
              label: 'Numer telefonu',
              inputMode: 'tel',
              autoComplete: 'tel',
              defaultValue: b.phone ?? '',
            }}
          />
          <h2 className="mt-6 font-semibold">Odwołaj wizytę</h2>
          <p className="text-sm text-slate-700">Termin stanie się od razu dostępny dla innych.</p>
          <ActionForm action={cancelAction} token={token} submit="Odwołaj wizytę" variant="danger" />
        </>
      )}
    </PageShell>
  );
}
