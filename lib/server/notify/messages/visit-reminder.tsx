import VisitReminderEmail from '@/emails/visit-reminder';
import { formatDateTime } from '@/lib/i18n/format';
import { renderEmail } from '../render-email';
import { type Instant, at, defineMessage } from './message';
import { SAMPLE_VISIT } from './samples';

/** The day before the visit: its time, place, identifier and kiosk code. */
export const visitReminder = defineMessage<{ reference: string; startsAt: Instant }>({
  template: 'visit-reminder',
  aboutBooking: true,
  email: ({ t, locale, facts, office, visit }) => {
    const when = t('notify.reminder.when', { when: formatDateTime(at(facts.startsAt)) });
    return renderEmail(
      t('notify.reminder.subject', { when }),
      <VisitReminderEmail
        locale={locale}
        reference={facts.reference}
        kioskCode={visit!.kioskCode}
        officeName={office.name}
        address={office.address}
        matter={visit!.matter.name}
        when={when}
        kiosk={office.kioskEnabled}
        bookingPhone={office.bookingPhone}
      />,
    );
  },
  smsBudget: 2,
  sms: ({ t, facts, office }) =>
    t('notify.reminder.sms', {
      when: t('notify.reminder.when', { when: formatDateTime(at(facts.startsAt)) }),
      office: office.name,
      reference: facts.reference,
    }),
  sample: {
    facts: { reference: SAMPLE_VISIT.reference, startsAt: '2026-12-02T07:15:00Z' },
    visit: SAMPLE_VISIT,
  },
});
