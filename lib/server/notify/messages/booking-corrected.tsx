import BookingCorrectedEmail from '@/emails/booking-corrected';
import type { CorrectedField } from '@/lib/domain/corrections';
import { formatDateTime } from '@/lib/i18n/format';
import { renderEmail } from '../render-email';
import { defineMessage } from './message';
import { SAMPLE_VISIT } from './samples';

/**
 * To the booking's old address (its e-mail, or an SMS to the old phone when it has none): the
 * resident corrected one of its data on the manage page, with the new value masked and the
 * office's number to call if it was not them (docs/decisions/039). `value` is null for a phone
 * number removed.
 */
export const bookingCorrected = defineMessage<{
  field: CorrectedField;
  value: string | null;
  reference: string;
}>({
  template: 'booking-corrected',
  aboutBooking: true,
  email: ({ t, locale, facts, office, visit }) =>
    renderEmail(
      t('notify.corrected.subject', { reference: facts.reference }),
      <BookingCorrectedEmail
        locale={locale}
        field={facts.field}
        value={facts.value}
        reference={facts.reference}
        officeName={office.name}
        address={office.address}
        matter={visit!.matter.name}
        when={formatDateTime(visit!.startsAt)}
        bookingPhone={office.bookingPhone}
      />,
    ),
  smsBudget: 2,
  sms: ({ t, facts, office }) =>
    facts.value === null
      ? t('notify.corrected.sms.phoneRemoved', { reference: facts.reference, phone: office.bookingPhone })
      : t(`notify.corrected.sms.${facts.field}`, {
          reference: facts.reference,
          value: facts.value,
          phone: office.bookingPhone,
        }),
  sample: {
    facts: { field: 'email', value: 'j***@example.com', reference: SAMPLE_VISIT.reference },
    visit: SAMPLE_VISIT,
  },
});
