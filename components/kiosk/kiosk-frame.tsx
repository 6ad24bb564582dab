import Link from 'next/link';
import type { ReactNode } from 'react';

/**
 * The ticket machine's screen: the whole height of a portrait touch screen, large type readable
 * from a metre, black on white. Nothing on it leads off /kiosk: the only link goes back to the
 * start screen.
 */
export function KioskFrame({
  title,
  home,
  children,
}: {
  title: string;
  /** The start screen and the wording of the way back to it; absent on the start screen itself. */
  home?: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <div className="flex min-h-screen flex-col bg-white text-slate-950">
      <header className="flex items-center justify-between gap-6 bg-slate-950 px-8 py-6 text-white print:hidden">
        <p className="text-3xl font-bold">{title}</p>
        {home && (
          <Link
            href={home.href}
            className="inline-flex min-h-16 items-center rounded-xl border-4 border-white px-6 text-2xl font-semibold"
          >
            {home.label}
          </Link>
        )}
      </header>
      <main id="tresc" className="flex flex-1 justify-center px-6 py-10 text-2xl sm:px-10">
        <div className="w-full max-w-3xl">{children}</div>
      </main>
    </div>
  );
}

/** A big touch target: at least 64 px high, the full width of its column. */
export const KIOSK_BUTTON =
  'flex min-h-24 w-full items-center justify-center rounded-2xl px-6 py-4 text-center text-3xl font-bold disabled:opacity-60';
export const KIOSK_PRIMARY = `${KIOSK_BUTTON} bg-brand text-white hover:bg-brand-dark`;
export const KIOSK_SECONDARY = `${KIOSK_BUTTON} border-4 border-slate-950 bg-white text-slate-950`;
