import { Alert } from '@/components/ui/alert';
import { PhoneLink } from '@/components/ui/phone-link';
import { rich } from '@/components/ui/rich-text';
import { t } from '@/lib/i18n/t';

/** A category booked only by phone for now: the number, the office's note, and what the call does. */
export function PhoneOnlyNotice({ bookingPhone, note }: { bookingPhone: string; note: string | null }) {
  return (
    <Alert tone="warning" className="mt-4">
      <p>
        {rich('booking.phoneOnly.lead', {
          phone: <PhoneLink phone={bookingPhone} className="font-semibold underline" />,
        })}
        {note && <span className="block">{note}</span>}
        <span className="mt-1 block">{t('booking.phoneOnly.how')}</span>
      </p>
    </Alert>
  );
}
