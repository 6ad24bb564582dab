import { getTranslations } from '@/lib/i18n/server';
import { connection } from 'next/server';
import { OfficeCard } from '@/components/booking/office-card';
import { Announcements } from '@/components/ui/announcements';
import { PageShell } from '@/components/ui/page-shell';
import { listActiveAnnouncements } from '@/lib/server/notices/list-active-announcements';
import { listOffices } from '@/lib/server/catalogue/get-category';

export default async function HomePage() {
  await connection(); // per request: hours, closures and notices change during the day
  const t = await getTranslations();
  const [offices, notices] = await Promise.all([listOffices(), listActiveAnnouncements(null, new Date())]);
  return (
    <PageShell phones={[...new Set(offices.map((o) => o.bookingPhone))]}>
      <h1 className="text-brand text-2xl font-bold">{t('site.home.title')}</h1>
      <Announcements notices={notices} />
      <p className="mt-2">{t('site.home.intro')}</p>
      <div className="mt-6 grid gap-6">
        {offices.map((o) => (
          <OfficeCard key={o.slug} office={o} />
        ))}
      </div>
    </PageShell>
  );
}
