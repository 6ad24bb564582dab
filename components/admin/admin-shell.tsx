import Link from 'next/link';
import { t } from '@/lib/i18n/t';
import type { Staff } from '@/lib/server/staff/guard';

const NAV: { href: string; label: string; admin?: boolean }[] = [
  { href: '/admin', label: 'Przegląd' },
  { href: '/admin/lista', label: 'Lista przyjęć' },
  { href: '/admin/telefoniczna', label: 'Rezerwacja telefoniczna' },
  { href: '/admin/stanowisko', label: t('counter.nav') },
  { href: '/admin/harmonogram', label: 'Harmonogramy', admin: true },
  { href: '/admin/katalog', label: t('catalogue.nav'), admin: true },
  { href: '/admin/blokady', label: 'Blokady', admin: true },
  { href: '/admin/ogloszenia', label: 'Ogłoszenia', admin: true },
  { href: '/admin/regulamin', label: 'Regulamin', admin: true },
  { href: '/admin/konta', label: 'Konta', admin: true },
  { href: '/admin/wiadomosci', label: 'Wiadomości', admin: true },
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
  return (
    <>
      <header className="bg-slate-900 text-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/admin" className="font-semibold">
            Termin · panel urzędu
          </Link>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span>
              {staff.name} ({staff.role === 'ADMIN' ? 'administrator' : 'urzędnik'})
            </span>
            <Link href="/admin/haslo" className="underline">
              Zmień hasło
            </Link>
            <form action={signOutAction}>
              <button type="submit" className="rounded border border-white px-3 py-1">
                Wyloguj
              </button>
            </form>
          </div>
        </div>
        <nav aria-label="Panel urzędu" className="mx-auto max-w-6xl px-4 pb-2">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV.filter((n) => !n.admin || staff.role === 'ADMIN').map((n) => (
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
