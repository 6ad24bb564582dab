import type { Metadata } from 'next';
import { PanelSection, PanelTitle } from '@/components/admin/panel-section';
import { StaffForm } from '@/components/admin/staff-form';
import { Table, THead, Td, Th, Tr } from '@/components/ui/table';
import { formatDateTime } from '@/lib/i18n/format';
import { getTranslations } from '@/lib/i18n/server';
import { listOfficeNames } from '@/lib/server/catalogue/list-office-names';
import { requireAdminPage } from '@/lib/server/staff/guard';
import { listStaff } from '@/lib/server/staff/list-staff';
import type { FormAction } from '@/lib/validation/form-state';
import {
  activateStaffAction,
  createStaffAction,
  deactivateStaffAction,
  resetStaffPasswordAction,
} from './actions';

type Variant = 'secondary' | 'danger';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('admin.accounts.title') };
}

export default async function StaffAccountsPage() {
  const t = await getTranslations();
  const admin = await requireAdminPage();
  const [staff, offices] = await Promise.all([listStaff(), listOfficeNames()]);
  return (
    <>
      <PanelTitle title={t('admin.accounts.title')}>{t('admin.accounts.intro')}</PanelTitle>
      <Table caption={t('admin.accounts.title')} className="mt-6" tableClassName="min-w-[48rem]">
        <THead
          columns={[
            t('admin.accounts.person'),
            t('admin.accounts.roleAndOffice'),
            t('admin.accounts.state'),
            t('admin.accounts.lastSignIn'),
            t('admin.words.actions'),
          ]}
        />
        <tbody>
          {staff.map((s) => {
            const role = t(`admin.roles.${s.role}`);
            const button = (action: FormAction, label: string, variant: Variant = 'secondary') => (
              <AccountButton id={s.id} action={action} label={label} variant={variant} />
            );
            return (
              <Tr key={s.id}>
                <Th scope="row" className="font-normal">
                  <span className="font-medium">{s.name}</span>
                  <br />
                  {s.email}
                </Th>
                <Td>{s.office ? t('admin.accounts.roleOffice', { role, office: s.office.name }) : role}</Td>
                <Td>{s.active ? t('admin.accounts.on') : t('admin.accounts.off')}</Td>
                <Td>{s.lastLoginAt ? formatDateTime(s.lastLoginAt) : '—'}</Td>
                <Td className="space-y-2">
                  {button(resetStaffPasswordAction, t('admin.accounts.resetPassword', { email: s.email }))}
                  {s.id !== admin.id &&
                    (s.active
                      ? button(
                          deactivateStaffAction,
                          t('admin.accounts.deactivate', { email: s.email }),
                          'danger',
                        )
                      : button(activateStaffAction, t('admin.accounts.activate', { email: s.email })))}
                </Td>
              </Tr>
            );
          })}
        </tbody>
      </Table>
      <PanelSection id="nowe-konto" title={t('admin.accounts.newHeading')} className="mt-10 max-w-md">
        <div className="mt-3">
          <StaffForm
            action={createStaffAction}
            submit={t('admin.accounts.create')}
            fields={[
              { name: 'name', label: t('admin.accounts.name'), autoComplete: 'off' },
              { name: 'email', label: t('admin.signIn.email'), type: 'email', autoComplete: 'off' },
              {
                name: 'role',
                label: t('admin.accounts.role'),
                type: 'select',
                defaultValue: 'CLERK',
                options: [
                  { value: 'CLERK', label: t('admin.roles.CLERK') },
                  { value: 'ADMIN', label: t('admin.roles.ADMIN') },
                ],
              },
              {
                name: 'officeId',
                label: t('admin.accounts.office'),
                type: 'select',
                options: [
                  { value: '', label: t('admin.accounts.choose') },
                  ...offices.map((o) => ({ value: o.id, label: o.name })),
                ],
              },
            ]}
          />
        </div>
      </PanelSection>
    </>
  );
}

/** One account's one-button form (new password, switch off or on). */
function AccountButton({
  id,
  action,
  label,
  variant,
}: {
  id: string;
  action: FormAction;
  label: string;
  variant: Variant;
}) {
  return (
    <StaffForm
      action={action}
      compact
      submit={label}
      variant={variant}
      fields={[{ name: 'id', label: '', type: 'hidden', defaultValue: id }]}
    />
  );
}
