import type { Metadata } from 'next';
import { PanelSection, PanelTitle } from '@/components/admin/panel-section';
import { AnnouncementForm } from '@/components/admin/announcement-form';
import { AnnouncementList } from '@/components/admin/announcement-list';
import { PhoneOnlyModes } from '@/components/admin/phone-booking-mode';
import { listAnnouncementsForAdmin } from '@/lib/server/notices/list-announcements-for-admin';
import { listCategoryModes } from '@/lib/server/catalogue/list-category-modes';
import { requireAdminPage } from '@/lib/server/staff/guard';
import { getTranslations } from '@/lib/i18n/server';
import { deactivateAnnouncementAction, publishAnnouncementAction, setPhoneOnlyAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('admin.announcements.title') };
}

export default async function AnnouncementsPage() {
  const t = await getTranslations();
  await requireAdminPage();
  const [rows, modes] = await Promise.all([listAnnouncementsForAdmin(new Date()), listCategoryModes()]);
  return (
    <>
      <PanelTitle title={t('admin.announcements.title')} />
      <PanelSection id="nowe" title={t('admin.announcements.newHeading')} className="mt-6 max-w-xl">
        <div className="mt-2">
          <AnnouncementForm
            offices={modes.map((o) => ({ id: o.id, name: o.name }))}
            publishAnnouncementAction={publishAnnouncementAction}
          />
        </div>
      </PanelSection>
      <PanelSection id="lista" title={t('admin.announcements.listHeading')} className="mt-8">
        <AnnouncementList rows={rows} deactivateAnnouncementAction={deactivateAnnouncementAction} />
      </PanelSection>
      <PanelSection
        id="tryb"
        title={t('admin.announcements.modeHeading')}
        intro={t('admin.announcements.modeIntro')}
        className="mt-8"
      >
        <PhoneOnlyModes offices={modes} setPhoneOnlyAction={setPhoneOnlyAction} />
      </PanelSection>
    </>
  );
}
