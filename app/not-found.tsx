import { getTranslations } from '@/lib/i18n/server';
import Link from 'next/link';
import { connection } from 'next/server';
import { PageShell } from '@/components/ui/page-shell';
import { PhoneLinks } from '@/components/ui/phone-link';
import { listBookingPhones } from '@/lib/server/catalogue/list-booking-phones';
import { inSentence } from '@/components/ui/in-sentence';

export default async function NotFound() {
  // Rendered per request (never prerendered at build, when there is no database to name the phones).
  await connection();
  const t = await getTranslations();
  const phones = await listBookingPhones();
  const home = inSentence(
    <Link key="home" href="/" className="text-brand underline">
      {t('site.notFound.home')}
    </Link>,
  );
  return (
    <PageShell phones={phones}>
      <h1 className="text-brand text-2xl font-bold">{t('site.notFound.title')}</h1>
      <p className="mt-2">{t('site.notFound.body')}</p>
      <p className="mt-4">
        {phones.length
          ? t.rich('site.notFound.next', {
              home,
              phone: inSentence(<PhoneLinks key="phone" phones={phones} />),
            })
          : t.rich('site.notFound.nextNoPhone', { home })}
      </p>
    </PageShell>
  );
}
