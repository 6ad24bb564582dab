import type { Metadata } from 'next';
import { PanelTitle } from '@/components/admin/panel-section';
import { StaffForm } from '@/components/admin/staff-form';
import { requireStaff } from '@/lib/server/staff/guard';
import { PASSWORD_MIN } from '@/lib/validation/staff';
import { changePasswordAction } from '../../actions';
import { getTranslations } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('admin.password.title') };
}

export default async function ChangePasswordPage() {
  const t = await getTranslations();
  const staff = await requireStaff();
  return (
    <div className="max-w-md">
      <PanelTitle title={t('admin.password.title')}>
        {t('admin.password.intro', { email: staff.email })}
      </PanelTitle>
      <div className="mt-6">
        <StaffForm
          action={changePasswordAction}
          submit={t('admin.password.submit')}
          fields={[
            {
              name: 'current',
              label: t('admin.password.current'),
              type: 'password',
              autoComplete: 'current-password',
            },
            {
              name: 'password',
              label: t('admin.password.new'),
              type: 'password',
              autoComplete: 'new-password',
              hint: t('admin.password.newHint', { min: String(PASSWORD_MIN) }),
            },
            {
              name: 'repeat',
              label: t('admin.password.repeat'),
              type: 'password',
              autoComplete: 'new-password',
            },
          ]}
        />
      </div>
    </div>
  );
}
