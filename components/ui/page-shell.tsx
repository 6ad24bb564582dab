import Link from 'next/link';
import { useTranslations } from '@/lib/i18n/server';
import { PhoneLinks } from './phone-link';
import { inSentence } from '@/components/ui/in-sentence';

/**
 * Header with the city's name, the page's main landmark, and a footer with the phone line: the
 * page's office's `bookingPhone`, or every office's (each number once) on a page about none.
 */
export function PageShell({ phones, children }: { phones: string[]; children: React.ReactNode }) {
  const t = useTranslations();
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
            {t.rich('site.footer.phone', {
              phone: inSentence(
                <PhoneLinks key="phone" phones={phones} className="text-brand font-medium underline" />,
              ),
            })}
          </p>
        )}
        <p className="mt-1">{t('site.footer.address')}</p>
      </footer>
    </>
  );
}
