import Link from 'next/link';
import { useTranslations } from '@/lib/i18n/server';
import { OfficePicker } from './office-picker';

/**
 * Which office and category the schedule page works on: a plain GET form for the office (works
 * without JavaScript) and the office's categories as links.
 */
export function SchedulePicker({
  offices,
  office,
  categories,
  current,
}: {
  offices: { slug: string; name: string }[];
  office: string;
  categories: { slug: string; name: string; active: boolean }[];
  current?: string;
}) {
  const t = useTranslations();
  return (
    <div className="mt-4 space-y-3 rounded-md border border-slate-300 p-4">
      <OfficePicker offices={offices} current={office} />
      <nav aria-label={t('admin.schedule.categories')}>
        <p className="font-medium">{t('admin.words.category')}</p>
        <ul className="mt-1 flex flex-wrap gap-2">
          {categories.map((c) => (
            <li key={c.slug}>
              <Link
                href={`/admin/harmonogram?${new URLSearchParams({ biuro: office, kategoria: c.slug })}`}
                aria-current={c.slug === current ? 'page' : undefined}
                className={`inline-block rounded-md border px-3 py-1.5 ${
                  c.slug === current
                    ? 'border-brand bg-brand font-semibold text-white'
                    : 'text-brand border-slate-400 underline'
                }`}
              >
                {c.name}
                {!c.active && t('admin.schedule.inactive')}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
