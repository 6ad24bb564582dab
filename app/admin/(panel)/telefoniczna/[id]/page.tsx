import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { contactRevealWords } from '@/components/admin/client-words';
import { ContactReveal } from '@/components/admin/contact-reveal';
import { PanelTitle } from '@/components/admin/panel-section';
import { Alert } from '@/components/ui/alert';
import { formatDateTime } from '@/lib/i18n/format';
import { getTranslations } from '@/lib/i18n/server';
import type { Translator } from '@/lib/i18n/translator';
import { requireStaff } from '@/lib/server/staff/guard';
import { findPhoneBooking } from '@/lib/server/booking/find-phone-booking';
import { revealContactAction } from '../../lista/actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('admin.phone.done.title') };
}

type Props = { params: Promise<{ id: string }> };

/** After a phone booking: what the clerk reads out to the caller. */
export default async function PhoneBookingDonePage({ params }: Props) {
  const t = await getTranslations();
  const staff = await requireStaff();
  const { id } = await params;
  const b = await findPhoneBooking(staff, id, new Date());
  if (!b) notFound();
  const c = b.contact;
  const rows: [string, ReactNode][] = [
    [t('admin.words.term'), formatDateTime(b.startsAt)],
    [t('admin.words.office'), b.office.name],
    [t('admin.words.category'), b.category.name],
    [t('admin.words.matter'), b.matter.name],
    ...(b.idApplicationNumber
      ? [[t('admin.phone.done.applicationNumber'), b.idApplicationNumber] as [string, string]]
      : []),
    [
      t('admin.words.email'),
      b.hasEmail
        ? t('admin.phone.done.emailSent', { email: c?.email ?? t('admin.phone.done.given') })
        : t('admin.phone.done.noEmail'),
    ],
    [t('admin.words.phone'), phoneLine(t, { hasPhone: b.hasPhone, phone: c?.phone, sms: b.smsOptIn })],
    ...(!c && (b.hasEmail || b.hasPhone)
      ? [
          [
            t('admin.words.contact'),
            <ContactReveal
              key="kontakt"
              bookingId={b.id}
              revealContactAction={revealContactAction}
              words={contactRevealWords(t, b.reference)}
            />,
          ] as [string, ReactNode],
        ]
      : []),
    [
      t('admin.phone.done.regulations'),
      b.regulations ? t('admin.phone.done.accepted', { version: String(b.regulations.version) }) : '—',
    ],
    [t('admin.phone.done.bookedBy'), b.createdBy?.name ?? '—'],
  ];
  return (
    <>
      <PanelTitle title={t('admin.phone.done.heading')} />
      <Alert tone="success" className="mt-4 max-w-xl">
        <p>{t('admin.phone.done.tell')}</p>
        <p className="mt-2 text-lg">
          {t('admin.phone.done.reference')} <strong className="font-mono text-2xl">{b.reference}</strong>
        </p>
        {b.office.kioskEnabled && (
          <p className="mt-1 text-lg">
            {t('admin.phone.done.kioskCode')} <strong className="font-mono text-2xl">{b.kioskCode}</strong>
          </p>
        )}
      </Alert>
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
          {t('admin.phone.done.another')}
        </Link>
      </p>
    </>
  );
}

/** The phone row: the number (or that one was given), and whether an SMS goes to it. */
function phoneLine(
  t: Translator,
  { hasPhone, phone, sms }: { hasPhone: boolean; phone: string | undefined | null; sms: boolean },
): string {
  if (!hasPhone) return t('admin.phone.done.noPhone');
  const shown = phone ?? t('admin.phone.done.given');
  return sms ? t('admin.phone.done.smsSent', { phone: shown }) : shown;
}
