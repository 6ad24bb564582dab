import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import { BookingPhonesProvider } from '@/components/ui/booking-phones';
import { t } from '@/lib/i18n/t';
import { listBookingPhones } from '@/lib/server/catalogue/list-booking-phones';
import './globals.css';

export const metadata: Metadata = {
  title: { default: t('site.title'), template: t('site.titleTemplate') },
  description: t('site.description'),
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so Next.js can put this request's CSP nonce (proxy.ts)
  // on its inline scripts; a page prerendered at build time would carry none and be blocked.
  await connection();
  // The error page (a client component) cannot ask the database: it reads the phones from here.
  const phones = await listBookingPhones();
  return (
    <html lang="pl">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <a href="#tresc" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
          {t('site.skipToContent')}
        </a>
        <BookingPhonesProvider phones={phones}>{children}</BookingPhonesProvider>
      </body>
    </html>
  );
}
