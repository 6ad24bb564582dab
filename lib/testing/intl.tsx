// Pages and components rendered by tests outside Next.js get next-intl as a request gives it
// (i18n/request.ts): `vi.mock('next-intl/server', () => import('@/lib/testing/intl'))` for the
// locale an async page's getTranslations asks (lib/i18n/server.ts: next-intl's getLocale), and
// <WithIntl> around what is rendered for a component's useTranslations (which asks useLocale).
import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { OFFICE_TZ } from '@/lib/domain/time';
import { CATALOGUES, DEFAULT_LOCALE } from '@/lib/i18n/catalogue';

export async function getLocale() {
  return DEFAULT_LOCALE;
}

export function WithIntl({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider
      locale={DEFAULT_LOCALE}
      messages={CATALOGUES[DEFAULT_LOCALE]}
      timeZone={OFFICE_TZ}
      onError={(error) => {
        throw error;
      }}
    >
      {children}
    </NextIntlClientProvider>
  );
}
