import type { Metadata } from 'next';
import { StaffForm } from '@/components/admin/staff-form';
import { formatTime } from '@/lib/i18n/format';
import { localDateOf } from '@/lib/domain/time';
import { listOfficeNames } from '@/lib/server/catalogue/list-office-names';
import { requireAdminPage } from '@/lib/server/staff/guard';
import { listStaff } from '@/lib/server/staff/list-staff';
import {
  activateStaffAction,
  createStaffAction,
  deactivateStaffAction,
  resetStaffPasswordAction,
  unlockStaffAction,
} from './actions';

export const metadata: Metadata = { title: 'Konta pracowników' };

const when = (d: Date | null) => (d ? `${localDateOf(d)} ${formatTime(d)}` : '—');

export default async function StaffAccountsPage() {
  const admin = await requireAdminPage();
  const [staff, offices] = await Promise.all([listStaff(), listOfficeNames()]);
  const now = new Date();
  return (
    <>
      <h1 className="text-2xl font-bold">Konta pracowników</h1>
      <p className="mt-2 max-w-2xl text-slate-700">
        Administrator zarządza wszystkim; urzędnik widzi listy przyjęć swojego biura, zmienia statusy wizyt i
        przyjmuje rezerwacje telefoniczne. Hasła nadaje system i pokazuje je tylko raz.
      </p>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full min-w-[48rem] text-sm">
          <caption className="sr-only">Konta pracowników</caption>
          <thead>
            <tr className="border-b text-left">
              <th scope="col">Pracownik</th>
              <th scope="col">Rola i biuro</th>
              <th scope="col">Stan</th>
              <th scope="col">Ostatnie logowanie</th>
              <th scope="col">Czynności</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((s) => {
              const locked = s.lockedUntil && s.lockedUntil > now;
              return (
                <tr key={s.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 text-left font-normal">
                    <span className="font-medium">{s.name}</span>
                    <br />
                    {s.email}
                  </th>
                  <td className="py-2">
                    {s.role === 'ADMIN' ? 'administrator' : 'urzędnik'}
                    {s.office && <> — {s.office.name}</>}
                  </td>
                  <td className="py-2">
                    {!s.active
                      ? 'wyłączone'
                      : locked
                        ? `zablokowane do ${formatTime(s.lockedUntil!)}`
                        : 'aktywne'}
                  </td>
                  <td className="py-2">{when(s.lastLoginAt)}</td>
                  <td className="space-y-2 py-2">
                    {locked && (
                      <StaffForm
                        action={unlockStaffAction}
                        compact
                        submit={`Odblokuj ${s.email}`}
                        variant="secondary"
                        fields={[{ name: 'id', label: '', type: 'hidden', defaultValue: s.id }]}
                      />
                    )}
                    <StaffForm
                      action={resetStaffPasswordAction}
                      compact
                      submit={`Nowe hasło dla ${s.email}`}
                      variant="secondary"
                      fields={[{ name: 'id', label: '', type: 'hidden', defaultValue: s.id }]}
                    />
                    {s.id !== admin.id &&
                      (s.active ? (
                        <StaffForm
                          action={deactivateStaffAction}
                          compact
                          submit={`Wyłącz ${s.email}`}
                          variant="danger"
                          fields={[{ name: 'id', label: '', type: 'hidden', defaultValue: s.id }]}
                        />
                      ) : (
                        <StaffForm
                          action={activateStaffAction}
                          compact
                          submit={`Włącz ${s.email}`}
                          variant="secondary"
                          fields={[{ name: 'id', label: '', type: 'hidden', defaultValue: s.id }]}
                        />
                      ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="nowe-konto" className="mt-10 max-w-md">
        <h2 id="nowe-konto" className="text-lg font-semibold">
          Nowe konto
        </h2>
        <div className="mt-3">
          <StaffForm
            action={createStaffAction}
            submit="Utwórz konto"
            fields={[
              { name: 'name', label: 'Imię i nazwisko', autoComplete: 'off' },
              { name: 'email', label: 'E-mail służbowy', type: 'email', autoComplete: 'off' },
              {
                name: 'role',
                label: 'Rola',
                type: 'select',
                defaultValue: 'CLERK',
                options: [
                  { value: 'CLERK', label: 'urzędnik' },
                  { value: 'ADMIN', label: 'administrator' },
                ],
              },
              {
                name: 'officeId',
                label: 'Biuro (dla urzędnika)',
                type: 'select',
                options: [
                  { value: '', label: '— wybierz —' },
                  ...offices.map((o) => ({ value: o.id, label: o.name })),
                ],
              },
            ]}
          />
        </div>
      </section>
    </>
  );
}
