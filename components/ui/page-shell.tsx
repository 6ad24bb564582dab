import Link from 'next/link';
import { t } from '@/lib/i18n/t';
import { PhoneLinks } from './phone-link';
import { rich } from './rich-text';

/**
 * Header with the city's name, the page's main landmark, and a footer with the phone line: the
 * page's office's `bookingPhone`, or every office's (each number once) on a page about none.
 */
export function PageShell({ phones, children }: { phones: string[]; children: React.ReactNode }) {
  return (
    <>
      <header className="bg-brand text-white">
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="font-semibold underline-offset-4 hover:underline">
            {t('site.brand')}
          </Link>
        </div>
      </header>
      <main id="tresc" className="mx-auto max-w-3xl px-4 py-6">
        {children}
      </main>
      <footer className="mx-auto max-w-3xl border-t border-slate-200 px-4 py-6 text-sm text-slate-700">
        {phones.length > 0 && (
          <p>
            {rich('site.footer.phone', {
              phone: <PhoneLinks phones={phones} className="text-brand font-medium underline" />,
            })}
          </p>
        )}
        <p className="mt-1">{t('site.footer.address')}</p>
      </footer>
    </>
  );
}
