import Link from 'next/link';
import { useTranslations } from '@/lib/i18n/server';

/** The matter chosen in step 1, its PEUP page, and the way back to change it. */
export function ChosenMatter({
  matter,
  changeHref,
}: {
  matter: { name: string; peupUrl: string };
  changeHref: string;
}) {
  const t = useTranslations();
  return (
    <div className="mt-4 rounded-md border border-slate-300 p-3">
      <p className="text-sm text-slate-700">{t('booking.matter.label')}</p>
      <p className="font-medium">{matter.name}</p>
      <p className="mt-1 text-sm">
        <a href={matter.peupUrl} className="text-brand underline" rel="noopener">
          {t('booking.matter.peup')}
        </a>{' '}
        ·{' '}
        <Link href={changeHref} className="text-brand underline">
          {t('booking.matter.change')}
        </Link>
      </p>
    </div>
  );
}
