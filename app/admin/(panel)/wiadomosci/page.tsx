import type { Metadata } from 'next';
import { PanelSection, PanelTitle } from '@/components/admin/panel-section';
import { connection } from 'next/server';
import { FailedMessageTable } from '@/components/admin/failed-message-table';
import { requireAdminPage } from '@/lib/server/staff/guard';
import { listFailedMessages } from '@/lib/server/notify/list-failed-messages';
import { closeMessageAction, resendMessageAction } from './actions';
import { getTranslations } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('admin.messages.title') };
}

export default async function FailedMessagesPage() {
  const t = await getTranslations();
  await requireAdminPage();
  await connection();
  const rows = await listFailedMessages(new Date());
  return (
    <>
      <PanelTitle title={t('admin.messages.title')}>{t('admin.messages.intro')}</PanelTitle>
      <PanelSection
        id="niewyslane"
        title={t('admin.messages.pending', { count: String(rows.length) })}
        className="mt-6"
      >
        <FailedMessageTable
          rows={rows}
          resendMessageAction={resendMessageAction}
          closeMessageAction={closeMessageAction}
        />
      </PanelSection>
    </>
  );
}
