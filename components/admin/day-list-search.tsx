import Link from 'next/link';
import { AnonymiseBookingForm } from '@/components/admin/anonymise-booking-form';
import type { FoundBooking } from '@/lib/server/booking/find-booking';
import type { FormAction } from '@/lib/validation/form-state';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useTranslations } from '@/lib/i18n/server';

/**
 * "Sprawdź potwierdzenie": a GET form (works without JavaScript, the result can be reloaded) and
 * what it found. The list's own choice travels along so the list stays as it was.
 */
export function DayListSearch({
  keep,
  query,
  outcome,
  canAnonymise = false,
  anonymiseBookingAction,
}: {
  keep: Record<string, string>;
  query: string;
  /** Administrators may erase a found booking's personal data at the resident's request. */
  canAnonymise?: boolean;
  anonymiseBookingAction: FormAction;
  outcome:
    | { kind: 'none' }
    | { kind: 'invalid' }
    | { kind: 'not-found'; ownOffice: boolean }
    | { kind: 'found'; booking: FoundBooking };
}) {
  const t = useTranslations();
  return (
    <section
      aria-labelledby="szukaj-naglowek"
      className="rounded-lg border border-slate-300 p-4 print:hidden"
    >
      <h2 id="szukaj-naglowek" className="text-lg font-semibold">
        {t('admin.dayList.search.heading')}
      </h2>
      <form method="get" className="mt-2 flex flex-wrap items-end gap-3">
        {Object.entries(keep).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <Field
          name="szukaj"
          type="search"
          label={t('admin.dayList.search.label')}
          hint={t('admin.dayList.search.hint')}
          defaultValue={query}
          autoComplete="off"
          className="min-w-[14rem] flex-1"
        />
        <Button variant="secondary">{t('admin.dayList.search.submit')}</Button>
      </form>
      <div role="status" className="mt-3 empty:hidden">
        {outcome.kind === 'invalid' && (
          <p className="font-medium text-red-800">{t('admin.dayList.search.invalid')}</p>
        )}
        {outcome.kind === 'not-found' && (
          <p className="font-medium text-red-800">
            {t(outcome.ownOffice ? 'admin.dayList.search.notFoundOwn' : 'admin.dayList.search.notFound', {
              query,
            })}
          </p>
        )}
        {outcome.kind === 'found' && <FoundCard b={outcome.booking} />}
      </div>
      {outcome.kind === 'found' && canAnonymise && (
        <AnonymiseBookingForm
          bookingId={outcome.booking.id}
          anonymisedOn={outcome.booking.anonymisedOn}
          anonymiseBookingAction={anonymiseBookingAction}
        />
      )}
    </section>
  );
}

function FoundCard({ b }: { b: FoundBooking }) {
  const t = useTranslations();
  const rows: [string, string][] = [
    [t('admin.words.reference'), b.reference],
    [t('admin.words.day'), b.dateLabel],
    [t('admin.words.time'), b.time],
    [t('admin.words.office'), b.office.name],
    [t('admin.words.category'), b.category.name],
    [t('admin.words.matter'), b.matter],
    [t('admin.words.status'), b.status],
    [
      t('admin.dayList.search.booking'),
      t(b.channel === 'PHONE' ? 'admin.dayList.search.byPhone' : 'admin.dayList.search.online'),
    ],
  ];
  const list = `/admin/lista?${new URLSearchParams({ biuro: b.office.slug, kategoria: b.category.slug, data: b.date })}`;
  return (
    <div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2">
        <Link href={list} className="text-brand underline">
          {t('admin.dayList.search.onList')}
        </Link>
        {b.confirmed && (
          <>
            {' · '}
            <Link
              href={`/admin/wizyta/${b.id}`}
              aria-label={t('changes.visit.openLabel', { reference: b.reference })}
              className="text-brand underline"
            >
              {t('changes.visit.open')}
            </Link>
          </>
        )}
      </p>
    </div>
  );
}
