import type { Metadata } from 'next';
import { AnnouncementForm } from '@/components/admin/announcement-form';
import { AnnouncementList } from '@/components/admin/announcement-list';
import { PhoneOnlyModes } from '@/components/admin/phone-booking-mode';
import { listAnnouncementsForAdmin } from '@/lib/server/notices/list-announcements-for-admin';
import { listCategoryModes } from '@/lib/server/catalogue/list-category-modes';
import { requireAdminPage } from '@/lib/server/staff/guard';
import { deactivateAnnouncementAction, publishAnnouncementAction, setPhoneOnlyAction } from './actions';

export const metadata: Metadata = { title: 'Ogłoszenia i tryb telefoniczny' };

export default async function AnnouncementsPage() {
  await requireAdminPage();
  const [rows, modes] = await Promise.all([listAnnouncementsForAdmin(new Date()), listCategoryModes()]);
  return (
    <>
      <h1 className="text-2xl font-bold">Ogłoszenia i tryb telefoniczny</h1>
      <section aria-labelledby="nowe" className="mt-6 max-w-xl">
        <h2 id="nowe" className="text-lg font-semibold">
          Nowe ogłoszenie
        </h2>
        <div className="mt-2">
          <AnnouncementForm
            offices={modes.map((o) => ({ id: o.id, name: o.name }))}
            publishAnnouncementAction={publishAnnouncementAction}
          />
        </div>
      </section>
      <section aria-labelledby="lista" className="mt-8">
        <h2 id="lista" className="text-lg font-semibold">
          Opublikowane ogłoszenia
        </h2>
        <AnnouncementList rows={rows} deactivateAnnouncementAction={deactivateAnnouncementAction} />
      </section>
      <section aria-labelledby="tryb" className="mt-8">
        <h2 id="tryb" className="text-lg font-semibold">
          Tryb rezerwacji kategorii
        </h2>
        <p className="mt-1 max-w-3xl text-slate-700">
          Gdy obowiązują ograniczenia w obsłudze, kategorię można przełączyć na rezerwację wyłącznie
          telefoniczną: strony rezerwacji pokażą wtedy numer telefonu biura zamiast kalendarza, a system
          odmówi rezerwacji internetowej. Wizyty już zarezerwowane pozostają ważne.
        </p>
        <PhoneOnlyModes offices={modes} setPhoneOnlyAction={setPhoneOnlyAction} />
      </section>
    </>
  );
}
