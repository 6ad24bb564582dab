import type { Metadata } from 'next';
import { connection } from 'next/server';
import { FailedMessageTable } from '@/components/admin/failed-message-table';
import { requireAdminPage } from '@/lib/server/staff/guard';
import { listFailedMessages } from '@/lib/server/notify/list-failed-messages';
import { closeMessageAction, resendMessageAction } from './actions';

export const metadata: Metadata = { title: 'Niewysłane wiadomości' };

export default async function FailedMessagesPage() {
  await requireAdminPage();
  await connection();
  const rows = await listFailedMessages(new Date());
  return (
    <>
      <h1 className="text-2xl font-bold">Niewysłane wiadomości</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        E-maile i SMS-y, których nie udało się wysłać przed końcem ich ważności (np. podczas awarii serwera
        poczty). Wiadomość można wysłać ponownie jako nową; potwierdzenie wizyty otrzyma wtedy nowy odnośnik
        do zarządzania wizytą. Kodów potwierdzających nie przechowujemy, więc nie da się ich wysłać ponownie.
        „Zamknij” usuwa wiadomość z tej listy, np. gdy mieszkańca powiadomiono telefonicznie.
      </p>
      <section aria-labelledby="niewyslane" className="mt-6">
        <h2 id="niewyslane" className="text-lg font-semibold">
          Do wyjaśnienia ({rows.length})
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
