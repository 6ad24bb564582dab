import type { Metadata, Viewport } from 'next';
import { getTranslations } from '@/lib/i18n/server';
import { connection } from 'next/server';
import { ErrorWordsProvider } from '@/components/ui/error-words';
import { PhoneLinks } from '@/components/ui/phone-link';
import { listBookingPhones } from '@/lib/server/catalogue/list-booking-phones';
import './globals.css';
import { inSentence } from '@/components/ui/in-sentence';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return {
    title: { default: t('site.title'), template: t('site.titleTemplate') },
    description: t('site.description'),
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so Next.js can put this request's CSP nonce (proxy.ts)
  // on its inline scripts; a page prerendered at build time would carry none and be blocked.
  await connection();
  const t = await getTranslations();
  // The error page (a client component) can neither ask the database nor read the catalogue: its
  // words, with the offices' phones, are said here.
  const phones = await listBookingPhones();
  const errorWords = {
    title: t('site.error.title'),
    body: phones.length
      ? t.rich('site.error.body', { phone: inSentence(<PhoneLinks key="phone" phones={phones} />) })
      : t('site.error.bodyNoPhone'),
    retry: t('site.error.retry'),
  };
  return (
    <html lang="pl">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <a href="#tresc" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
          {t('site.skipToContent')}
        </a>
        <ErrorWordsProvider words={errorWords}>{children}</ErrorWordsProvider>
      </body>
    </html>
  );
}
