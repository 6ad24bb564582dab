import { connection } from 'next/server';
import { OfficeCard } from '@/components/booking/office-card';
import { Announcements } from '@/components/ui/announcements';
import { PageShell } from '@/components/ui/page-shell';
import { listActiveAnnouncements } from '@/lib/server/notices/list-active-announcements';
import { listOffices } from '@/lib/server/catalogue/get-category';

export default async function HomePage() {
  await connection(); // per request: hours, closures and notices change during the day
  const [offices, notices] = await Promise.all([listOffices(), listActiveAnnouncements(null, new Date())]);
  return (
    <PageShell>
      <h1 className="text-brand text-2xl font-bold">Rezerwacja terminu wizyty w Urzędzie Miasta Opola</h1>
      <Announcements notices={notices} />
      <p className="mt-2">
        Wybierz urząd i rodzaj sprawy. Terminy udostępniamy na 30 dni naprzód; rezerwację potwierdzasz kodem z
        e-maila.
      </p>
      <div className="mt-6 grid gap-6">
        {offices.map((o) => (
          <OfficeCard key={o.slug} office={o} />
        ))}
      </div>
    </PageShell>
  );
}
