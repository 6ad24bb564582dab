import VisitReminderEmail from '@/emails/visit-reminder';
import { formatDateTime } from '@/lib/i18n/format';
import { renderEmail } from '../render-email';
import { at, defineMessage } from './message';
import { type CalendarFacts, visitCalendar } from './visit-calendar';
import { SAMPLE_VISIT } from './samples';

/** The day before the visit: its time, place, identifier and kiosk code, and its current .ics. */
export const visitReminder = defineMessage<CalendarFacts>({
  template: 'visit-reminder',
  aboutBooking: true,
  email: async (i) => {
    const { t, locale, facts, office, visit } = i;
    const when = t('notify.reminder.when', { when: formatDateTime(at(facts.startsAt)) });
    const content = await renderEmail(
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
    return { ...content, icalEvent: visitCalendar(i, 'REQUEST') };
  },
  smsBudget: 2,
  sms: ({ t, facts, office }) =>
    t('notify.reminder.sms', {
      when: t('notify.reminder.when', { when: formatDateTime(at(facts.startsAt)) }),
      office: office.name,
      reference: facts.reference,
    }),
  sample: {
    facts: {
      reference: SAMPLE_VISIT.reference,
      startsAt: '2026-12-02T07:15:00Z',
      endsAt: '2026-12-02T07:30:00Z',
      sequence: 0,
    },
    visit: SAMPLE_VISIT,
  },
});
