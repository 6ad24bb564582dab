import type { Metadata } from 'next';
import { StaffForm } from '@/components/admin/staff-form';
import { localDateOf } from '@/lib/domain/time';
import { formatLocalDate, formatTime } from '@/lib/i18n/format';
import { requireAdminPage } from '@/lib/server/staff/guard';
import { listRegulationsVersions } from '@/lib/server/notices/list-regulations-versions';
import { publishRegulationsAction } from './actions';

export const metadata: Metadata = { title: 'Regulamin' };

export default async function RegulationsPage() {
  await requireAdminPage();
  const versions = await listRegulationsVersions();
  const current = versions[0];
  return (
    <>
      <h1 className="text-2xl font-bold">Regulamin</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        {current ? `Obowiązuje wersja ${current.version}. ` : 'Nie opublikowano jeszcze regulaminu. '}
        Po opublikowaniu nowej wersji każdy rezerwujący przez internet zaakceptuje ją przed kolejną
        rezerwacją. Wizyty już zarezerwowane zachowują wersję, którą zaakceptowano.
      </p>
      <section aria-labelledby="wersje" className="mt-6">
        <h2 id="wersje" className="text-lg font-semibold">
          Wersje
        </h2>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Wersje regulaminu, od najnowszej</caption>
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="py-2 pr-3">
                  Wersja
                </th>
                <th scope="col" className="py-2 pr-3">
                  Tytuł i treść
                </th>
                <th scope="col" className="py-2 pr-3">
                  Opublikowano
                </th>
                <th scope="col" className="py-2 pr-3">
                  Opublikował(a)
                </th>
                <th scope="col" className="py-2">
                  Rezerwacje z akceptacją
                </th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-3">
                    {v.version}
                    {v === current && <span className="block font-normal">obowiązująca</span>}
                  </th>
                  <td className="py-2 pr-3">
                    <details>
                      <summary className="cursor-pointer">{v.title}</summary>
                      <div className="mt-2 max-w-3xl whitespace-pre-line">{v.body}</div>
                    </details>
                  </td>
                  <td className="py-2 pr-3">
                    {formatLocalDate(localDateOf(v.publishedAt))}, {formatTime(v.publishedAt)}
                  </td>
                  <td className="py-2 pr-3">{v.publishedBy}</td>
                  <td className="py-2">{v.bookings}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="nowa" className="mt-8 max-w-3xl">
        <h2 id="nowa" className="text-lg font-semibold">
          Nowa wersja
        </h2>
        <p className="mt-1 text-slate-700">
          Formularz zawiera obecną treść: popraw ją i opublikuj jako wersję {(current?.version ?? 0) + 1}.
        </p>
        <div className="mt-2">
          <StaffForm
            action={publishRegulationsAction}
            submit="Opublikuj nową wersję"
            fields={[
              { name: 'title', label: 'Tytuł', defaultValue: current?.title },
              { name: 'body', label: 'Treść', type: 'textarea', rows: 20, defaultValue: current?.body },
            ]}
          />
        </div>
      </section>
    </>
  );
}
