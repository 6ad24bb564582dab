import type { Metadata } from 'next';
import Link from 'next/link';
import { CounterDesk } from '@/components/admin/counter-desk';
import { CounterRefresh } from '@/components/admin/counter-refresh';
import { CounterSetupForm } from '@/components/admin/counter-setup-form';
import { OfficePicker } from '@/components/admin/office-picker';
import { getTranslations } from '@/lib/i18n/server';
import { loadCounter } from '@/lib/server/queue/load-counter';
import { requireStaff, resolveOffice } from '@/lib/server/staff/guard';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';
import { counterAction, saveCounterSetupAction } from './actions';
import { readCounterSetup } from './counter-setup';

export const metadata: Metadata = { title: 'Stanowisko' };

const QUERY = { biuro: SEARCH.slug, zmien: SEARCH.flag('1') };

/** The clerk's counter: set up once per browser (cookie), then calling the queue. */
export default async function CounterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations();
  const staff = await requireStaff();
  const q = parseSearchParams(QUERY, await searchParams);
  const setup = await readCounterSetup();
  const { office, offices } = await resolveOffice(staff, q.biuro ?? setup?.office);
  const mine = setup?.office === office.slug ? setup : null;
  const scope = { officeId: office.id, counter: mine?.counter ?? 1, categoryIds: mine?.categoryIds ?? [] };
  const { current, waiting, recent } = await loadCounter(staff, scope, new Date());
  // Categories that no longer exist (or moved) drop out of the setup.
  const served = waiting.filter((w) => w.selected);
  const working = mine && served.length > 0 && !q.zmien;
  return (
    <>
      <h1 className="text-2xl font-bold">{t('counter.heading', { office: office.name })}</h1>
      {staff.role === 'ADMIN' && (
        <div className="mt-4">
          <OfficePicker offices={offices} current={office.slug} />
        </div>
      )}
      {working ? (
        <>
          <CounterRefresh />
          <p className="mt-2 text-slate-700">
            {t('counter.serving', {
              counter: String(scope.counter),
              categories: served.map((s) => `${s.name} (${s.letter})`).join(', '),
            })}{' '}
            <Link
              href={`/admin/stanowisko?${new URLSearchParams({ biuro: office.slug, zmien: '1' })}`}
              className="text-brand underline"
            >
              {t('counter.change')}
            </Link>
          </p>
          <div className="mt-6">
            <CounterDesk
              scope={{ ...scope, categoryIds: served.map((s) => s.categoryId) }}
              current={current}
              waiting={waiting}
              recent={recent}
              counterAction={counterAction}
            />
          </div>
        </>
      ) : (
        <section aria-labelledby="ustawienia" className="mt-6">
          <h2 id="ustawienia" className="text-xl font-semibold">
            {t('counter.setup.heading')}
          </h2>
          <p className="mt-2 max-w-3xl text-slate-700">{t('counter.setup.intro')}</p>
          <div className="mt-4">
            <CounterSetupForm
              action={saveCounterSetupAction}
              office={office.slug}
              counter={scope.counter}
              categories={waiting.map((w) => ({
                id: w.categoryId,
                name: w.name,
                letter: w.letter,
                checked: w.selected,
              }))}
              labels={{
                counter: t('counter.setup.counter'),
                counterHint: t('counter.setup.counterHint'),
                categories: t('counter.setup.categories'),
                submit: t('counter.setup.submit'),
              }}
            />
          </div>
        </section>
      )}
    </>
  );
}
