import type { FormAction } from '@/lib/validation/form-state';
import { formatLongStamp } from '@/lib/i18n/format';
import { useTranslations } from '@/lib/i18n/server';
import { PanelSection } from './panel-section';
import { StaffForm } from './staff-form';

type Row = { staffId: string; email: string; name: string; failures: number; since: Date; lastAt: Date };

/**
 * Accounts with many wrong passwords (administrators' /admin page), each until an administrator
 * dismisses it. Nothing is shown when there are none.
 */
export function SignInAlerts({
  rows,
  dismissSignInAlertAction,
}: {
  rows: Row[];
  dismissSignInAlertAction: FormAction;
}) {
  const t = useTranslations();
  if (!rows.length) return null;
  return (
    <PanelSection
      id="logowania"
      title={t('admin.overview.signInAlerts.heading')}
      intro={t('admin.overview.signInAlerts.intro')}
      className="mt-6 rounded-md border border-amber-600 bg-amber-50 p-4"
    >
      <ul className="mt-3 space-y-4">
        {rows.map((r) => (
          <li key={r.staffId}>
            <p>
              {t('admin.overview.signInAlerts.line', {
                email: r.email,
                name: r.name,
                failures: r.failures,
                since: formatLongStamp(r.since),
                last: formatLongStamp(r.lastAt),
              })}
            </p>
            <div className="mt-2">
              <StaffForm
                action={dismissSignInAlertAction}
                idPrefix={`logowania-${r.staffId}`}
                fields={[{ name: 'id', label: '', type: 'hidden', defaultValue: r.staffId }]}
                submit={t('admin.overview.signInAlerts.dismiss', { email: r.email })}
                variant="secondary"
                compact
              />
            </div>
          </li>
        ))}
      </ul>
    </PanelSection>
  );
}
