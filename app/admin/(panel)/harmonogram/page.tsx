import type { Metadata } from 'next';
import { PanelSection, PanelTitle } from '@/components/admin/panel-section';
import Link from 'next/link';
import { scheduleClosureWords, scheduleRulesWords } from '@/components/admin/client-words';
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
import { getTranslations } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('admin.schedule.title') };
}

type Props = { searchParams: Promise<SearchParams> };
const QUERY = { biuro: SEARCH.slug, kategoria: SEARCH.slug };

export default async function SchedulePage({ searchParams }: Props) {
  const t = await getTranslations();
  const staff = await requireAdminPage();
  const q = parseSearchParams(QUERY, await searchParams);
  const { office, offices } = await resolveOffice(staff, q.biuro);
  const view = await loadScheduleView(office.id, q.kategoria, new Date());
  const c = view.category;

  return (
    <>
      <PanelTitle title={t('admin.schedule.title')}>{t('admin.schedule.intro')}</PanelTitle>
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

          <PanelSection
            id="godziny"
            title={t('admin.schedule.hoursHeading')}
            intro={t('admin.schedule.hoursIntro')}
            large
            className="mt-6"
          >
            <div className="mt-3">
              <ScheduleRulesForm
                key={c.id}
                action={saveRulesAction}
                categoryId={c.id}
                weekdays={c.weekdays}
                defaults={c.defaults}
                words={scheduleRulesWords(
                  t,
                  c.weekdays.map((blocks) => blocks.length),
                )}
              />
            </div>
          </PanelSection>

          <PanelSection
            id="udostepnianie"
            title={t('admin.schedule.horizonHeading')}
            large
            className="mt-10 max-w-xl"
          >
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
                    hint: t('admin.schedule.horizonHint', { max: String(HORIZON_MAX) }),
                  },
                ]}
              />
            </div>
          </PanelSection>

          <PanelSection id="zamkniecia" title={t('admin.schedule.closuresHeading')} large className="mt-10">
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
                words={scheduleClosureWords(t, { category: c.name, office: office.name })}
              />
            </div>
          </PanelSection>

          <ScheduleHolidays holidays={view.holidays!} />
        </>
      )}
    </>
  );
}
