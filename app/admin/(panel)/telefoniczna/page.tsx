import type { Metadata } from 'next';
import { PanelSection, PanelTitle } from '@/components/admin/panel-section';
import { PhoneBookingForm } from '@/components/admin/phone-booking-form';
import {
  PhoneBookingSummary,
  PhoneCategoryStep,
  PhoneMatterStep,
} from '@/components/admin/phone-booking-steps';
import { FreeDaysList } from '@/components/booking/free-days-list';
import { FreeTimes } from '@/components/booking/free-times';
import { MonthCalendar } from '@/components/booking/month-calendar';
import { Alert } from '@/components/ui/alert';
import { localDateOf } from '@/lib/domain/time';
import { formatDateTime } from '@/lib/i18n/format';
import { getTranslations } from '@/lib/i18n/server';
import { loadCalendarMonth } from '@/lib/server/schedule/load-calendar-month';
import { getCategory, listOffices } from '@/lib/server/catalogue/get-category';
import { assertOfficeAccess, requireStaff, resolveOffice } from '@/lib/server/staff/guard';
import { getCurrentRegulations } from '@/lib/server/notices/get-current-regulations';
import { describeSmsCountries } from '@/lib/server/notify/sms-recipient';
import { bookByPhoneAction } from './actions';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('admin.phone.title') };
}

type Props = { searchParams: Promise<SearchParams> };
const QUERY = {
  biuro: SEARCH.slug,
  kategoria: SEARCH.slug,
  sprawa: SEARCH.slug,
  miesiac: SEARCH.month,
  dzien: SEARCH.date,
  czas: SEARCH.instant,
};
type Query = ReturnType<typeof parseSearchParams<typeof QUERY>>;
const PATH = '/admin/telefoniczna';

/**
 * A booking for a caller, step by step in the URL (`biuro`, `kategoria`, `sprawa`, `miesiac`,
 * `dzien`, `czas`) like the public flow, with the same free-time computation.
 */
export default async function PhoneBookingPage({ searchParams }: Props) {
  const t = await getTranslations();
  const staff = await requireStaff();
  const sp = parseSearchParams(QUERY, await searchParams);
  const { office, offices } = await resolveOffice(staff, sp.biuro);
  const allowed = new Set(offices.map((o) => o.slug));
  const catalogue = (await listOffices()).filter((o) => allowed.has(o.slug));
  const c = sp.kategoria ? await getCategory(office.slug, sp.kategoria) : null;
  if (c) assertOfficeAccess(staff, c.office.id);
  const matter = c?.matters.find((m) => m.slug === sp.sprawa);
  const href = (q: Record<string, string | undefined>) =>
    `${PATH}?${new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => !!e[1]))}`;

  return (
    <>
      <PanelTitle title={t('admin.phone.title')}>{t('admin.phone.intro')}</PanelTitle>
      <PhoneCategoryStep
        offices={catalogue}
        current={c ? { office: c.office.slug, category: c.slug } : undefined}
        hrefFor={(o, k) => href({ biuro: o, kategoria: k })}
      />
      {c && (
        <PhoneMatterStep
          matters={c.matters}
          current={matter?.slug}
          hrefFor={(m) => href({ biuro: c.office.slug, kategoria: c.slug, sprawa: m })}
        />
      )}
      {c && matter && (
        <TimeAndDetails
          category={c}
          matter={matter}
          sp={sp}
          href={(q) => href({ biuro: c.office.slug, kategoria: c.slug, sprawa: matter.slug, ...q })}
        />
      )}
    </>
  );
}

type Category = NonNullable<Awaited<ReturnType<typeof getCategory>>>;

async function TimeAndDetails({
  category: c,
  matter,
  sp,
  href,
}: {
  category: Category;
  matter: Category['matters'][number];
  sp: Query;
  href: (q: Record<string, string>) => string;
}) {
  const t = await getTranslations();
  const now = new Date();
  const { month, weeks, days, upcoming, prevMonth, nextMonth } = await loadCalendarMonth(
    c.id,
    sp.miesiac,
    now,
  );
  const dayHref = (date: string) => href({ miesiac: date.slice(0, 7), dzien: date });
  const startsAt = sp.czas ? new Date(sp.czas) : null;
  const selectedDate = startsAt ? localDateOf(startsAt) : sp.dzien;
  const selected = upcoming.find((d) => d.date === selectedDate);
  const slotFree =
    !!startsAt && !!selected?.freeSlots.some((s) => s.startsAt.getTime() === startsAt.getTime());
  const regulations = await getCurrentRegulations();

  return (
    <>
      <PanelSection id="krok-termin" title={t('admin.phone.stepTime')} className="mt-6">
        <MonthCalendar
          month={month}
          weeks={weeks}
          days={days}
          selected={selectedDate}
          hrefFor={dayHref}
          prevHref={prevMonth && href({ miesiac: prevMonth })}
          nextHref={nextMonth && href({ miesiac: nextMonth })}
        />
        {selected && (
          <FreeTimes
            day={selected}
            hrefFor={(t) => href({ miesiac: month, dzien: selected.date, czas: t.toISOString() })}
          />
        )}
        {selectedDate && !selected && (
          <p role="alert" className="mt-4">
            {t('admin.phone.dayUnavailable')}
          </p>
        )}
        {!selectedDate && <FreeDaysList days={upcoming} hrefFor={dayHref} />}
      </PanelSection>
      {startsAt && !slotFree && (
        <Alert tone="error" className="mt-4">
          {t('admin.phone.slotGone')}
        </Alert>
      )}
      {startsAt && slotFree && (
        <>
          <PhoneBookingSummary
            rows={[
              { label: t('admin.words.office'), value: c.office.name },
              { label: t('admin.words.category'), value: c.name },
              { label: t('admin.words.matter'), value: matter.name },
              { label: t('admin.words.term'), value: formatDateTime(startsAt) },
            ]}
            changeHref={dayHref(localDateOf(startsAt))}
          />
          <div className="mt-4 max-w-xl">
            <PhoneBookingForm
              bookByPhoneAction={bookByPhoneAction}
              categoryId={c.id}
              matterId={matter.id}
              startsAt={startsAt}
              needsApplicationNumber={matter.requiresApplicationNumber}
              regulationsVersion={regulations.version}
              smsHint={t('notify.sms.hint', { countries: describeSmsCountries() })}
            />
          </div>
        </>
      )}
    </>
  );
}
