import Link from 'next/link';
import { formatLocalDate } from '@/lib/i18n/format';
import { useTranslations } from '@/lib/i18n/server';

/** Under a booking that can only be read: when its personal data will be erased. */
export function RetentionNotice({ erasureOn }: { erasureOn: string | null }) {
  const t = useTranslations();
  return (
    <p className="mt-3 rounded-md border border-slate-300 bg-slate-50 p-3 text-sm">
      {erasureOn
        ? t('retention.resident.erasureOn', { date: formatLocalDate(erasureOn) })
        : t('retention.resident.erasureSoon')}
    </p>
  );
}

/** The manage page of an anonymised booking: over, and nothing personal left to show. */
export function BookingDeleted({ reference }: { reference: string }) {
  const t = useTranslations();
  return (
    <>
      <h1 className="text-brand text-2xl font-bold">{t('retention.resident.deletedTitle')}</h1>
      <p className="mt-2">{t('retention.resident.deleted', { reference })}</p>
      <p className="mt-4">
        <Link href="/" className="text-brand underline">
          {t('manage.bookAgain')}
        </Link>
      </p>
    </>
  );
}
