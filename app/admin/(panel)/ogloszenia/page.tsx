import type { Metadata } from 'next';
import { AnnouncementForm } from '@/components/admin/announcement-form';
import { AnnouncementList } from '@/components/admin/announcement-list';
import { PhoneOnlyModes } from '@/components/admin/phone-booking-mode';
import { listAnnouncementsForAdmin } from '@/lib/server/notices/publish-announcement';
import { listCategoryModes } from '@/lib/server/catalogue/set-phone-only';
import { requireAdminPage } from '@/lib/server/staff/guard';
import { t } from '@/lib/i18n/t';
import { deactivateAnnouncementAction, publishAnnouncementAction, setPhoneOnlyAction } from './actions';

export const metadata: Metadata = { title: t('admin.announcements.title') };

export default async function AnnouncementsPage() {
  await requireAdminPage();
  const [rows, modes] = await Promise.all([listAnnouncementsForAdmin(new Date()), listCategoryModes()]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t('admin.announcements.title')}</h1>
      <section aria-labelledby="nowe" className="mt-6 max-w-xl">
        <h2 id="nowe" className="text-lg font-semibold">
          {t('admin.announcements.newHeading')}
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
          {t('admin.announcements.listHeading')}
        </h2>
        <AnnouncementList rows={rows} deactivateAnnouncementAction={deactivateAnnouncementAction} />
      </section>
      <section aria-labelledby="tryb" className="mt-8">
        <h2 id="tryb" className="text-lg font-semibold">
          {t('admin.announcements.modeHeading')}
        </h2>
        <p className="mt-1 max-w-3xl text-slate-700">{t('admin.announcements.modeIntro')}</p>
        <PhoneOnlyModes offices={modes} setPhoneOnlyAction={setPhoneOnlyAction} />
      </section>
    </>
  );
}
