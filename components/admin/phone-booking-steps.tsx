import Link from 'next/link';
import { useTranslations } from '@/lib/i18n/server';

type Office = {
  slug: string;
  name: string;
  categories: { slug: string; name: string; phoneOnly: boolean }[];
};
type Matter = { slug: string; name: string };

const CHOICE =
  'block rounded-md border border-slate-400 px-3 py-2 hover:bg-slate-100 aria-[current=true]:border-brand aria-[current=true]:bg-blue-50 aria-[current=true]:font-semibold';

/** Step 1: the category, per office the staff member may book for (plain links: no JavaScript). */
export function PhoneCategoryStep({
  offices,
  current,
  hrefFor,
}: {
  offices: Office[];
  current?: { office: string; category: string };
  hrefFor: (office: string, category: string) => string;
}) {
  const t = useTranslations();
  return (
    <section aria-labelledby="krok-kategoria" className="mt-6">
      <h2 id="krok-kategoria" className="text-lg font-semibold">
        {t('admin.phone.stepCategory')}
      </h2>
      {offices.map((o) => (
        <div key={o.slug} className="mt-2">
          <h3 className="font-medium">{o.name}</h3>
          <ul className="mt-1 grid gap-2 sm:grid-cols-2">
            {o.categories.map((c) => {
              const selected = current?.office === o.slug && current.category === c.slug;
              return (
                <li key={c.slug}>
                  <Link
                    href={hrefFor(o.slug, c.slug)}
                    aria-current={selected || undefined}
                    className={CHOICE}
                  >
                    {c.name}
                    {c.phoneOnly && (
                      <span className="block text-sm font-normal">{t('admin.phone.phoneOnlyNow')}</span>
                    )}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** Step 2: the matter (one booking = one matter). */
export function PhoneMatterStep({
  matters,
  current,
  hrefFor,
}: {
  matters: Matter[];
  current?: string;
  hrefFor: (matter: string) => string;
}) {
  const t = useTranslations();
  return (
    <section aria-labelledby="krok-sprawa" className="mt-6">
      <h2 id="krok-sprawa" className="text-lg font-semibold">
        {t('admin.phone.stepMatter')}
      </h2>
      <ul className="mt-2 grid gap-2 sm:grid-cols-2">
        {matters.map((m) => (
          <li key={m.slug}>
            <Link href={hrefFor(m.slug)} aria-current={m.slug === current || undefined} className={CHOICE}>
              {m.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What is being booked, above the caller's details. */
export function PhoneBookingSummary({
  rows,
  changeHref,
}: {
  rows: { label: string; value: string }[];
  changeHref: string;
}) {
  const t = useTranslations();
  return (
    <section aria-labelledby="krok-dane" className="mt-6">
      <h2 id="krok-dane" className="text-lg font-semibold">
        {t('admin.phone.stepDetails')}
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-md border border-slate-300 p-3">
        {rows.map((r) => (
          <div key={r.label} className="contents">
            <dt className="text-slate-700">{r.label}</dt>
            <dd className="font-medium">{r.value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2">
        <Link href={changeHref} className="text-brand underline">
          {t('admin.phone.change')}
        </Link>
      </p>
    </section>
  );
}
