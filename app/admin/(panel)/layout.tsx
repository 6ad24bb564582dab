import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { SIGN_IN_PATH, currentStaff } from '@/lib/server/staff/guard';
import { signOutAction } from '@/app/admin/actions';
import { getTranslations } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return {
    title: { default: t('admin.shell.title'), template: t('admin.shell.titleTemplate') },
    robots: { index: false },
  };
}

// Draws the frame only; each page and action below checks the session and role itself.
export default async function PanelLayout({ children }: { children: React.ReactNode }) {
  const staff = await currentStaff();
  if (!staff) redirect(SIGN_IN_PATH);
  return (
    <AdminShell staff={staff} signOutAction={signOutAction}>
      {children}
    </AdminShell>
  );
}
