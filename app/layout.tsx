import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Termin — rezerwacja wizyty w Urzędzie Miasta Opola', template: '%s — Termin, UM Opole' },
  description: 'Internetowa rezerwacja terminu wizyty w Urzędzie Miasta Opola.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so Next.js can put this request's CSP nonce (proxy.ts)
  // on its inline scripts; a page prerendered at build time would carry none and be blocked.
  await connection();
  return (
    <html lang="pl">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <a href="#tresc" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
          Przejdź do treści
        </a>
        {children}
      </body>
    </html>
  );
}
