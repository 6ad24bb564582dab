import { PhoneLinks } from '@/components/ui/phone-link';
import { SoftLinks } from '@/components/ui/soft-links';
import { useTranslations } from '@/lib/i18n/server';
import type { OfficeSummary } from '@/lib/server/catalogue/get-category';
import { formatOfficeAddress } from '@/lib/i18n/format';
import { inSentence } from '@/components/ui/in-sentence';

export function OfficeCard({ office }: { office: OfficeSummary }) {
  const t = useTranslations();
  const headingId = `office-${office.slug}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-300 p-4">
      <h2 id={headingId} className="text-xl font-semibold">
        {office.name}
      </h2>
      <p className="text-slate-700">{formatOfficeAddress(office)}</p>
      <h3 className="mt-4 font-semibold">{t('booking.office.book')}</h3>
      {/* Plain links that SoftLinks follows, never prefetched (decision 042): prefetching every
          category of the home page cost a phone more script work than it saved the click. */}
      <SoftLinks>
        <ul className="mt-2 space-y-2">
          {office.categories.map((c) => (
            <li key={c.slug}>
              <a
                href={`/rezerwacja/${office.slug}/${c.slug}`}
                className="border-brand text-brand hover:bg-brand focus-visible:bg-brand block rounded-md border px-3 py-3 font-medium underline-offset-4 hover:text-white focus-visible:text-white"
              >
                {c.name}
                {c.phoneOnly && (
                  <span className="block text-sm font-normal">
                    {t('booking.office.phoneOnly', { phone: office.bookingPhone })}
                  </span>
                )}
              </a>
              {c.description && <p className="mt-1 text-sm text-slate-700">{c.description}</p>}
            </li>
          ))}
        </ul>
      </SoftLinks>
      {office.walkIn.length > 0 && (
        <>
          <h3 className="mt-6 font-semibold">{t('booking.office.walkIn')}</h3>
          <ul className="mt-2 space-y-3">
            {office.walkIn.map((w) => (
              <li key={w.slug} className="text-sm">
                <span className="block">{w.name}</span>
                <span className="block text-slate-700">
                  {t.rich('booking.office.walkInPlace', {
                    room: w.room,
                    phones: inSentence(<PhoneLinks key="phones" phones={w.phones} />),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
