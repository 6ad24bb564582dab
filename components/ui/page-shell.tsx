import Link from 'next/link';

/** Header with the city's name, the page's main landmark, and a footer with the phone line. */
export function PageShell({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="bg-brand text-white">
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="font-semibold underline-offset-4 hover:underline">
            Termin · Urząd Miasta Opola
          </Link>
        </div>
      </header>
      <main id="tresc" className="mx-auto max-w-3xl px-4 py-6">
        {children}
      </main>
      <footer className="mx-auto max-w-3xl border-t border-slate-200 px-4 py-6 text-sm text-slate-700">
        <p>
          Rezerwacja telefoniczna i pomoc:{' '}
          <a className="text-brand font-medium underline" href="tel:+48775411361">
            77 54 11 361
          </a>
        </p>
        <p className="mt-1">Urząd Miasta Opola, Rynek-Ratusz, 45-015 Opole</p>
      </footer>
    </>
  );
}
