import type { Metadata } from 'next';
import { StaffForm } from '@/components/admin/staff-form';
import { requireStaff } from '@/lib/server/staff/guard';
import { PASSWORD_MIN } from '@/lib/validation/staff';
import { changePasswordAction } from '../../actions';

export const metadata: Metadata = { title: 'Zmiana hasła' };

export default async function ChangePasswordPage() {
  const staff = await requireStaff();
  return (
    <div className="max-w-md">
      <h1 className="text-2xl font-bold">Zmiana hasła</h1>
      <p className="mt-2 text-slate-700">
        Konto {staff.email}. Po zmianie wszystkie Twoje sesje zostaną zakończone — zalogujesz się nowym
        hasłem.
      </p>
      <div className="mt-6">
        <StaffForm
          action={changePasswordAction}
          submit="Zmień hasło"
          fields={[
            { name: 'current', label: 'Obecne hasło', type: 'password', autoComplete: 'current-password' },
            {
              name: 'password',
              label: 'Nowe hasło',
              type: 'password',
              autoComplete: 'new-password',
              hint: `Co najmniej ${PASSWORD_MIN} znaków; najlepiej kilka słów.`,
            },
            { name: 'repeat', label: 'Powtórz nowe hasło', type: 'password', autoComplete: 'new-password' },
          ]}
        />
      </div>
    </div>
  );
}
