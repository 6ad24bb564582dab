import type { Metadata } from 'next';
import { PanelSection, PanelTitle } from '@/components/admin/panel-section';
import { LoadChart } from '@/components/admin/load-chart';
import { QueueFigures } from '@/components/admin/queue-figures';
import { OfficePicker } from '@/components/admin/office-picker';
import { SignInAlerts } from '@/components/admin/sign-in-alerts';
import { Alert, FormMessage } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Table, THead, Td, Th, Tr } from '@/components/ui/table';
import type { DayStatus } from '@/lib/domain/schedule';
import { formatPercent, noShowRate } from '@/lib/domain/overview';
import { localDateOf } from '@/lib/domain/time';
import { formatLocalDate, formatShortDate } from '@/lib/i18n/format';
import { getTranslations } from '@/lib/i18n/server';
import { sayMessage } from '@/lib/i18n/translator';
import { requireStaff, resolveOffice } from '@/lib/server/staff/guard';
import { listSignInAlerts } from '@/lib/server/staff/list-sign-in-alerts';
import { loadOfficeOverview } from '@/lib/server/visits/load-office-overview';
import { loadQueueFigures } from '@/lib/server/visits/load-queue-figures';
import { EXPORT_ERRORS, defaultExportRange, exportRangeSchema } from '@/lib/validation/export';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';
import { z } from 'zod';
import { dismissSignInAlertAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('admin.overview.title') };
}

const QUERY = {
  biuro: SEARCH.slug,
  brak: SEARCH.flag('uprawnien'),
  powiadomienie: SEARCH.flag('zamkniete'),
  eksport: z.enum(Object.keys(EXPORT_ERRORS) as [string, ...string[]]),
  kolejkaOd: SEARCH.date,
  kolejkaDo: SEARCH.date,
};

const STATUS_NOTE: Partial<
  Record<DayStatus, 'admin.overview.closed' | 'admin.overview.holiday' | 'admin.overview.notReleased'>
> = {
  closed: 'admin.overview.closed',
  holiday: 'admin.overview.holiday',
  'not-released': 'admin.overview.notReleased',
};

export default async function AdminHome({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations();
  const staff = await requireStaff();
  const sp = parseSearchParams(QUERY, await searchParams);
  const { office, offices } = await resolveOffice(staff, sp.biuro);
  const now = new Date();
  const today = localDateOf(now);
  // The queue's figures: today by default, or the range asked for (refused ranges fall back to today).
  const asked = exportRangeSchema.safeParse({ od: sp.kolejkaOd ?? today, do: sp.kolejkaDo ?? today });
  const queueRange = asked.success ? { from: asked.data.od, to: asked.data.do } : { from: today, to: today };
  const [overview, queue, signInAlerts] = await Promise.all([
    loadOfficeOverview(office.id, now),
    loadQueueFigures(office.id, queueRange.from, queueRange.to),
    staff.role === 'ADMIN' ? listSignInAlerts() : [],
  ]);
  const range = defaultExportRange(now);
  const exportError = sp.eksport && sayMessage(t, EXPORT_ERRORS[sp.eksport]!);
  return (
    <>
      {sp.brak === 'uprawnien' && (
        <Alert tone="warning" role="alert" className="mb-4 font-medium">
          {t('admin.overview.adminOnly')}
        </Alert>
      )}
      {sp.powiadomienie === 'zamkniete' && (
        <Alert tone="success" className="mb-4">
          {t('admin.overview.signInAlerts.dismissed')}
        </Alert>
      )}
      <PanelTitle title={t('admin.overview.heading', { office: office.name })}>
        {t('admin.overview.range', {
          from: formatLocalDate(overview.from),
          to: formatLocalDate(overview.to),
        })}
      </PanelTitle>
      <div className="mt-4">
        <OfficePicker offices={offices} current={office.slug} />
      </div>
      <SignInAlerts rows={signInAlerts} dismissSignInAlertAction={dismissSignInAlertAction} />
      <div className="mt-6 grid gap-8 lg:grid-cols-2">
        {overview.categories.map((c) => {
          const rate = noShowRate(c.attendance);
          const { noShow, attended, unmarked } = c.attendance;
          const marked = {
            noShow: String(noShow),
            marked: String(noShow + attended),
            unmarked: String(unmarked),
          };
          return (
            <section
              key={c.id}
              aria-labelledby={`kat-${c.id}`}
              className="min-w-0 rounded-lg border border-slate-300 p-4"
            >
              <h2 id={`kat-${c.id}`} className="text-lg font-semibold">
                {c.name}
                {c.phoneOnly && (
                  <span className="ml-2 text-sm font-normal">{t('admin.overview.phoneOnly')}</span>
                )}
              </h2>
              <p className="mt-1 text-sm">
                {t('admin.overview.noShows')} <strong>{formatPercent(rate)}</strong>{' '}
                {t(unmarked ? 'admin.overview.markedAndNot' : 'admin.overview.marked', marked)}
              </p>
              <div className="mt-3">
                <LoadChart title={c.name} days={c.days} />
              </div>
              <Table caption={t('admin.overview.caption', { category: c.name })} className="" scroll>
                <THead>
                  <Th>{t('admin.words.day')}</Th>
                  <Th className="text-right">{t('admin.overview.capacity')}</Th>
                  <Th className="text-right">{t('admin.overview.booked')}</Th>
                  <Th className="text-right">{t('admin.overview.free')}</Th>
                </THead>
                <tbody>
                  {c.days.map((d) => {
                    const note = STATUS_NOTE[d.status];
                    return (
                      <Tr key={d.date}>
                        <Th scope="row" className="font-normal">
                          {formatShortDate(d.date)}
                          {note && <span className="text-slate-700"> — {t(note)}</span>}
                        </Th>
                        <Td className="text-right">{d.capacity}</Td>
                        <Td className="text-right">{d.booked}</Td>
                        <Td className="text-right">{d.free}</Td>
                      </Tr>
                    );
                  })}
                </tbody>
              </Table>
            </section>
          );
        })}
      </div>
      <PanelSection id="kolejka" title={t('admin.overview.queue.heading')} className="mt-10">
        <p className="mt-1 max-w-3xl text-sm text-slate-700">{t('admin.overview.queue.intro')}</p>
        <form
          method="get"
          action="/admin#kolejka"
          className="mt-3 grid gap-3 sm:flex sm:flex-wrap sm:items-end"
        >
          <input type="hidden" name="biuro" value={office.slug} />
          <Field
            name="kolejkaOd"
            type="date"
            label={t('admin.overview.queue.from')}
            defaultValue={queueRange.from}
          />
          <Field
            name="kolejkaDo"
            type="date"
            label={t('admin.overview.queue.to')}
            defaultValue={queueRange.to}
          />
          <Button variant="secondary">{t('admin.overview.queue.show')}</Button>
        </form>
        <QueueFigures categories={queue.categories} figures={queue.figures} />
      </PanelSection>
      <PanelSection id="eksport" title={t('admin.overview.exportHeading')} className="mt-10 max-w-xl">
        <p className="mt-1 text-sm text-slate-700">{t('admin.overview.exportIntro')}</p>
        {exportError && <FormMessage state={{ ok: false, message: exportError }} className="mt-2" />}
        <form
          method="get"
          action="/admin/eksport"
          className="mt-3 grid gap-3 sm:flex sm:flex-wrap sm:items-end"
        >
          <input type="hidden" name="biuro" value={office.slug} />
          <Field name="od" type="date" label={t('admin.words.fromDate')} defaultValue={range.from} />
          <Field name="do" type="date" label={t('admin.overview.exportTo')} defaultValue={range.to} />
          <Field
            name="rodzaj"
            type="select"
            label={t('admin.overview.exportKind')}
            options={[
              { value: 'wizyty', label: t('admin.overview.exportBookings') },
              { value: 'kolejka', label: t('admin.overview.exportQueue') },
            ]}
          />
          <Button>{t('admin.overview.exportSubmit')}</Button>
        </form>
      </PanelSection>
    </>
  );
}
