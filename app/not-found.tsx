import Link from 'next/link';
import { connection } from 'next/server';
import { PageShell } from '@/components/ui/page-shell';
import { PhoneLinks } from '@/components/ui/phone-link';
import { rich } from '@/components/ui/rich-text';
import { t } from '@/lib/i18n/t';
import { listBookingPhones } from '@/lib/server/catalogue/list-booking-phones';

export default async function NotFound() {
  // Rendered per request (never prerendered at build, when there is no database to name the phones).
  await connection();
  const phones = await listBookingPhones();
  const home = (
    <Link href="/" className="text-brand underline">
      {t('site.notFound.home')}
    </Link>
  );
  return (
    <PageShell phones={phones}>
      <h1 className="text-brand text-2xl font-bold">{t('site.notFound.title')}</h1>
      <p className="mt-2">{t('site.notFound.body')}</p>
      <p className="mt-4">
        {phones.length
          ? rich('site.notFound.next', { home, phone: <PhoneLinks phones={phones} /> })
          : rich('site.notFound.nextNoPhone', { home })}
      </p>
    </PageShell>
  );
}
