import Link from 'next/link';
import { useTranslations } from '@/lib/i18n/server';
import type { Translator } from '@/lib/i18n/translator';
import type { Staff } from '@/lib/server/staff/guard';

const NAV = (t: Translator): { href: string; label: string; admin?: boolean }[] => [
  { href: '/admin', label: t('admin.nav.overview') },
  { href: '/admin/lista', label: t('admin.nav.dayList') },
  { href: '/admin/telefoniczna', label: t('admin.nav.phone') },
  { href: '/admin/stanowisko', label: t('counter.nav') },
  { href: '/admin/harmonogram', label: t('admin.nav.schedule'), admin: true },
  { href: '/admin/katalog', label: t('catalogue.nav'), admin: true },
  { href: '/admin/blokady', label: t('admin.nav.blocks'), admin: true },
  { href: '/admin/ogloszenia', label: t('admin.nav.announcements'), admin: true },
  { href: '/admin/regulamin', label: t('admin.nav.regulations'), admin: true },
  { href: '/admin/konta', label: t('admin.nav.accounts'), admin: true },
  { href: '/admin/wiadomosci', label: t('admin.nav.messages'), admin: true },
  { href: '/admin/biletomat', label: t('kiosk.nav'), admin: true },
];

/** The staff area's frame: navigation by role, who is signed in, sign-out. Hidden when printing. */
export function AdminShell({
  staff,
  signOutAction,
  children,
}: {
  staff: Staff;
  /** The route's sign-out action (app/admin/actions.ts), passed down by the layout. */
  signOutAction: () => Promise<void>;
  children: React.ReactNode;
}) {
  const t = useTranslations();
  return (
    <>
      <header className="bg-slate-900 text-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/admin" className="font-semibold">
            {t('admin.shell.brand')}
          </Link>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span>{t('admin.shell.who', { name: staff.name, role: t(`admin.roles.${staff.role}`) })}</span>
            <Link href="/admin/haslo" className="underline">
              {t('admin.shell.changePassword')}
            </Link>
            <form action={signOutAction}>
              <button type="submit" className="rounded border border-white px-3 py-1">
                {t('admin.shell.signOut')}
              </button>
            </form>
          </div>
        </div>
        <nav aria-label={t('admin.shell.nav')} className="mx-auto max-w-6xl px-4 pb-2">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV(t)
              .filter((n) => !n.admin || staff.role === 'ADMIN')
              .map((n) => (
                <li key={n.href}>
                  <Link href={n.href} className="underline-offset-4 hover:underline">
                    {n.label}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
      </header>
      <main id="tresc" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
