import type { Metadata } from 'next';
import { connection } from 'next/server';
import { FailedMessageTable } from '@/components/admin/failed-message-table';
import { requireAdminPage } from '@/lib/server/staff/guard';
import { listFailedMessages } from '@/lib/server/notify/list-failed-messages';
import { closeMessageAction, resendMessageAction } from './actions';
import { t } from '@/lib/i18n/t';

export const metadata: Metadata = { title: t('admin.messages.title') };

export default async function FailedMessagesPage() {
  await requireAdminPage();
  await connection();
  const rows = await listFailedMessages(new Date());
  return (
    <>
      <h1 className="text-2xl font-bold">{t('admin.messages.title')}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">{t('admin.messages.intro')}</p>
      <section aria-labelledby="niewyslane" className="mt-6">
        <h2 id="niewyslane" className="text-lg font-semibold">
          {t('admin.messages.pending', { count: rows.length })}
        </h2>
        <FailedMessageTable
          rows={rows}
          resendMessageAction={resendMessageAction}
          closeMessageAction={closeMessageAction}
        />
      </section>
    </>
  );
}
