import { Link, Text } from '@react-email/components';
import { inSentence } from '@/components/ui/in-sentence';
import { formatDateTime } from '@/lib/i18n/format';
import { translator } from '@/lib/i18n/translator';
import {
  EmailButton,
  EmailLayout,
  EmailNote,
  EmailTitle,
  PREVIEW_PHONE,
  VisitLines,
  type InLanguage,
} from './layout';

export type VisitChangeProps = {
  /** What happened, the e-mail's heading and its preview line. */
  title: string;
  preview: string;
  /** Who did what, in general terms ("Na Twoją prośbę…", "Urząd…"), introducing the visit. */
  lead: string;
  matter: string;
  when: string;
  officeName: string;
  address: string;
  /** The visit's identifier (none for a hold that was never booked). */
  reference?: string;
  /** Sentences about the time and identifier before a move. */
  previous?: string[];
  /** Why, where there is a reason (a clerk's note, the regulations). */
  reason?: string;
  /** What still stands: the new time only, or nothing at all. */
  valid: string;
  /** A move keeps the visit: its kiosk code and the new manage link. */
  kioskCode?: string;
  manageUrl?: string;
  /** How to book again: the category's booking page (with the office's phone). */
  bookUrl?: string;
  /** A line about the attached calendar event. */
  calendarNote?: string;
  bookingPhone: string;
};

/**
 * Every message about a change to a visit, or its end, in the confirmation's layout: what was
 * changed or cancelled, by whom, the old time, what is still valid and how to book again.
 */
/** The preview's example (a resident's reschedule); a sent e-mail gives every word itself. */
function sampleOf(t: ReturnType<typeof translator>): VisitChangeProps {
  const when = formatDateTime(new Date('2026-12-03T08:30:00Z'));
  const reference = 'W-4HPN2W';
  return {
    title: t('told.rescheduled.title'),
    preview: t('told.rescheduled.subject', { when, reference }),
    lead: t('told.rescheduled.lead'),
    matter: t('changes.email.sample.matter'),
    when,
    officeName: t('changes.email.sample.office'),
    address: t('changes.email.sample.address'),
    reference,
    previous: [t('told.previous', { when: formatDateTime(new Date('2026-12-02T07:15:00Z')) })],
    valid: t('told.movedValid'),
    kioskCode: '40271953',
    manageUrl: 'http://localhost:3000/wizyta/przyklad',
    calendarNote: t('told.calendarUpdate'),
    bookingPhone: PREVIEW_PHONE,
  };
}

/**
 * Every message about a change to a visit, or its end, in the confirmation's layout: what was
 * changed or cancelled, by whom, the old time, what is still valid and how to book again.
 */
export default function VisitChangeEmail(props: Partial<VisitChangeProps> & InLanguage) {
  const t = translator(props.locale);
  const p: VisitChangeProps = props.title ? (props as VisitChangeProps) : { ...sampleOf(t), ...props };
  return (
    <EmailLayout locale={props.locale} preview={p.preview} bookingPhone={p.bookingPhone}>
      <EmailTitle>{p.title}</EmailTitle>
      <Text>{p.lead}</Text>
      <VisitLines matter={p.matter} when={p.when} place={`${p.officeName}, ${p.address}`}>
        {p.reference && (
          <>
            <br />
            {t.rich('told.reference', {
              reference: inSentence(<strong key="reference">{p.reference}</strong>),
            })}
          </>
        )}
      </VisitLines>
      {p.previous?.map((line) => (
        <Text key={line}>{line}</Text>
      ))}
      {p.reason && <Text>{p.reason}</Text>}
      {p.kioskCode && <Text>{t('told.kioskCode', { code: p.kioskCode })}</Text>}
      <Text>{p.valid}</Text>
      {p.manageUrl && <EmailButton href={p.manageUrl}>{t('told.manage')}</EmailButton>}
      {p.bookUrl && (
        <Text>
          {t.rich('told.bookAgain', {
            phone: p.bookingPhone,
            link: inSentence(
              <Link key="link" href={p.bookUrl}>
                {p.bookUrl}
              </Link>,
            ),
          })}
        </Text>
      )}
      {p.calendarNote && <EmailNote>{p.calendarNote}</EmailNote>}
    </EmailLayout>
  );
}
