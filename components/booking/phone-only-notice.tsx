import { Alert } from '@/components/ui/alert';
import { PhoneLink } from '@/components/ui/phone-link';
import { useTranslations } from '@/lib/i18n/server';
import { inSentence } from '@/components/ui/in-sentence';

/** A category booked only by phone for now: the number, the office's note, and what the call does. */
export function PhoneOnlyNotice({ bookingPhone, note }: { bookingPhone: string; note: string | null }) {
  const t = useTranslations();
  return (
    <Alert tone="warning" className="mt-4">
      <p>
        {t.rich('booking.phoneOnly.lead', {
          phone: inSentence(
            <PhoneLink key="phone" phone={bookingPhone} className="font-semibold underline" />,
          ),
        })}
        {note && <span className="block">{note}</span>}
        <span className="mt-1 block">{t('booking.phoneOnly.how')}</span>
      </p>
    </Alert>
  );
}
