import { formatLongStamp, formatOfficeAddress } from '@/lib/i18n/format';
import { useTranslations } from '@/lib/i18n/server';
import type { BookingView } from '@/lib/server/booking/get-booking-by-token';

type Row =
  | 'status'
  | 'matter'
  | 'when'
  | 'office'
  | 'email'
  | 'phone'
  | 'applicationNumber'
  | 'reference'
  | 'channel'
  | 'regulations'
  | 'created';

/** Everything stored about the booking: the resident's right of access. */
export function BookingDetailsList({ booking: b, when }: { booking: BookingView; when: string }) {
  const t = useTranslations();
  const phone = b.phone && (b.smsOptIn ? t('manage.details.phoneSms', { phone: b.phone }) : b.phone);
  const rows: [Row, string | null | undefined][] = [
    ['status', t(`manage.status.${b.status}`)],
    ['matter', t('manage.details.matterValue', { matter: b.matter.name, category: b.category.name })],
    ['when', when],
    ['office', `${b.office.name}, ${formatOfficeAddress(b.office)}`],
    ['email', b.email],
    ['phone', phone || '—'],
    ['applicationNumber', b.idApplicationNumber],
    ['reference', b.status === 'HELD' ? null : b.reference],
    ['channel', t(b.channel === 'PHONE' ? 'manage.details.byPhone' : 'manage.details.online')],
    [
      'regulations',
      b.regulations
        ? t('manage.details.regulationsValue', {
            version: String(b.regulations.version),
            acceptedAt: b.regulationsAcceptedAt ? formatLongStamp(b.regulationsAcceptedAt) : '',
          })
        : null,
    ],
    ['created', formatLongStamp(b.createdAt)],
  ];
  return (
    <section aria-labelledby="dane-rezerwacji" className="mt-8">
      <h2 id="dane-rezerwacji" className="font-semibold">
        {t('manage.details.title')}
      </h2>
      <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-sm text-slate-700">{t(`manage.details.${k}`)}</dt>
              <dd className="break-all">{v}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
