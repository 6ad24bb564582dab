import type { Metadata } from 'next';
import Link from 'next/link';
import { ScheduleClosureForm } from '@/components/admin/schedule-closure-form';
import { ScheduleClosures } from '@/components/admin/schedule-closures';
import { ScheduleHolidays } from '@/components/admin/schedule-holidays';
import { SchedulePicker } from '@/components/admin/schedule-picker';
import { ScheduleRulesForm } from '@/components/admin/schedule-rules-form';
import { StaffForm } from '@/components/admin/staff-form';
import { requireAdminPage, resolveOffice } from '@/lib/server/staff/guard';
import { HORIZON_MAX } from '@/lib/server/schedule/schedule-forms';
import { loadScheduleView } from '@/lib/server/schedule/load-schedule-view';
import { addClosureAction, removeClosureAction, saveHorizonAction, saveRulesAction } from './actions';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';
import { t } from '@/lib/i18n/t';

export const metadata: Metadata = { title: t('admin.schedule.title') };

type Props = { searchParams: Promise<SearchParams> };
const QUERY = { biuro: SEARCH.slug, kategoria: SEARCH.slug };

export default async function SchedulePage({ searchParams }: Props) {
  const staff = await requireAdminPage();
  const q = parseSearchParams(QUERY, await searchParams);
  const { office, offices } = await resolveOffice(staff, q.biuro);
  const view = await loadScheduleView(office.id, q.kategoria, new Date());
  const c = view.category;

  return (
    <>
      <h1 className="text-2xl font-bold">{t('admin.schedule.title')}</h1>
      <p className="mt-1 text-slate-700">{t('admin.schedule.intro')}</p>
      <SchedulePicker offices={offices} office={office.slug} categories={view.categories} current={c?.slug} />
      {!c ? (
        <p className="mt-6">{t('admin.schedule.noCategory')}</p>
      ) : (
        <>
          <p className="mt-6 text-lg">
            <span className="font-semibold">{c.name}</span> — {office.name} ·{' '}
            <Link href={`/rezerwacja/${office.slug}/${c.slug}`} className="text-brand underline">
              {t('admin.schedule.publicCalendar')}
            </Link>
          </p>

          <section aria-labelledby="godziny" className="mt-6">
            <h2 id="godziny" className="text-xl font-semibold">
              {t('admin.schedule.hoursHeading')}
            </h2>
            <p className="mt-1 text-slate-700">{t('admin.schedule.hoursIntro')}</p>
            <div className="mt-3">
              <ScheduleRulesForm
                key={c.id}
                action={saveRulesAction}
                categoryId={c.id}
                weekdays={c.weekdays}
                defaults={c.defaults}
              />
            </div>
          </section>

          <section aria-labelledby="udostepnianie" className="mt-10 max-w-xl">
            <h2 id="udostepnianie" className="text-xl font-semibold">
              {t('admin.schedule.horizonHeading')}
            </h2>
            <div className="mt-3">
              <StaffForm
                key={c.id}
                action={saveHorizonAction}
                submit={t('admin.words.save')}
                fields={[
                  { name: 'categoryId', label: '', type: 'hidden', defaultValue: c.id },
                  {
                    name: 'horizonDays',
                    label: t('admin.schedule.horizonLabel'),
                    type: 'number',
                    defaultValue: String(c.horizonDays),
                    hint: t('admin.schedule.horizonHint', { max: HORIZON_MAX }),
                  },
                ]}
              />
            </div>
          </section>

          <section aria-labelledby="zamkniecia" className="mt-10">
            <h2 id="zamkniecia" className="text-xl font-semibold">
              {t('admin.schedule.closuresHeading')}
            </h2>
            <ScheduleClosures closures={c.closures} remove={removeClosureAction} />
            <h3 id="nowe-zamkniecie" className="mt-6 text-lg font-semibold">
              {t('admin.schedule.newClosure')}
            </h3>
            <div className="mt-2 max-w-xl">
              <ScheduleClosureForm
                key={c.id}
                action={addClosureAction}
                labelledBy="nowe-zamkniecie"
                categoryId={c.id}
                categoryName={c.name}
                officeName={office.name}
              />
            </div>
          </section>

          <ScheduleHolidays holidays={view.holidays!} />
        </>
      )}
    </>
  );
}
