import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { ContactReveal } from '@/components/admin/contact-reveal';
import { localDateOf } from '@/lib/domain/time';
import { formatLocalDate, formatTime } from '@/lib/i18n/format';
import { requireStaff } from '@/lib/server/staff/guard';
import { getPhoneBooking } from '@/lib/server/booking/get-phone-booking';
import { revealContactAction } from '../../lista/actions';

export const metadata: Metadata = { title: 'Wizyta zarezerwowana telefonicznie' };

type Props = { params: Promise<{ id: string }> };

/** After a phone booking: what the clerk reads out to the caller. */
export default async function PhoneBookingDonePage({ params }: Props) {
  const staff = await requireStaff();
  const { id } = await params;
  const b = await getPhoneBooking(staff, id, new Date());
  if (!b) notFound();
  const c = b.contact;
  const rows: [string, ReactNode][] = [
    ['Termin', `${formatLocalDate(localDateOf(b.startsAt))}, ${formatTime(b.startsAt)}`],
    ['Biuro', b.office.name],
    ['Kategoria', b.category.name],
    ['Sprawa', b.matter.name],
    ...(b.idApplicationNumber ? [['Numer wniosku', b.idApplicationNumber] as [string, string]] : []),
    [
      'E-mail',
      b.hasEmail
        ? `${c?.email ?? 'podano'} — wysyłamy potwierdzenie`
        : 'nie podano (bez e-maila z potwierdzeniem)',
    ],
    [
      'Telefon',
      b.hasPhone
        ? `${c?.phone ?? 'podano'}${b.smsOptIn ? ' — wysyłamy SMS z potwierdzeniem' : ''}`
        : 'nie podano',
    ],
    ...(!c && (b.hasEmail || b.hasPhone)
      ? [
          [
            'Kontakt',
            <ContactReveal
              key="kontakt"
              bookingId={b.id}
              reference={b.reference}
              revealContactAction={revealContactAction}
            />,
          ] as [string, ReactNode],
        ]
      : []),
    ['Regulamin', b.regulations ? `zaakceptowany telefonicznie, wersja ${b.regulations.version}` : '—'],
    ['Zarezerwował(a)', b.createdBy?.name ?? '—'],
  ];
  return (
    <>
      <h1 className="text-2xl font-bold">Wizyta zarezerwowana</h1>
      <div role="status" className="mt-4 max-w-xl rounded-md border border-green-800 bg-green-50 p-4">
        <p>Przekaż rozmówcy:</p>
        <p className="mt-2 text-lg">
          Identyfikator wizyty: <strong className="font-mono text-2xl">{b.reference}</strong>
        </p>
        {b.office.kioskEnabled && (
          <p className="mt-1 text-lg">
            Kod do biletomatu („Umówiona wizyta”):{' '}
            <strong className="font-mono text-2xl">{b.kioskCode}</strong>
          </p>
        )}
      </div>
      <dl className="mt-6 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-700">{label}</dt>
            <dd className="mb-2 font-medium sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-6">
        <Link href="/admin/telefoniczna" className="text-brand underline">
          Zarezerwuj kolejną wizytę
        </Link>
      </p>
    </>
  );
}
