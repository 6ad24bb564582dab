import { Heading, Text } from '@react-email/components';
import { formatDateTime } from '@/lib/i18n/format';
import { translator } from '@/lib/i18n/translator';
import { EmailLayout, PREVIEW_PHONE, type InLanguage } from './layout';
import { VisitLines } from './visit-lines';

export type VisitCancelledAtRequestProps = {
  reference: string;
  officeName: string;
  matter: string;
  when: string;
  reason: string;
  bookingPhone: string;
  bookUrl: string;
};

/** A clerk cancelled the visit because the resident asked (at the desk, by phone). */
export default function VisitCancelledAtRequestEmail(
  props: Partial<VisitCancelledAtRequestProps> & InLanguage,
) {
  const t = translator(props.locale);
  const {
    reference = 'W-7K3MQX',
    officeName = t('changes.email.sample.office'),
    matter = t('changes.email.sample.matter'),
    when = formatDateTime(new Date('2026-12-02T07:15:00Z')),
    reason = t('changes.email.sample.reason'),
    bookUrl = 'http://localhost:3000/',
    bookingPhone = PREVIEW_PHONE,
  } = props;
  return (
    <EmailLayout
      locale={props.locale}
      bookingPhone={bookingPhone}
      preview={t('changes.email.cancelled.subject', { reference })}
    >
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t('changes.email.cancelled.heading')}
      </Heading>
      <Text>{t('changes.email.cancelled.body')}</Text>
      <VisitLines lines={[matter, when, officeName, t('changes.email.reference', { reference })]} />
      <Text>{t('changes.email.cancelled.reason', { reason })}</Text>
      <Text>{t('changes.email.rebook', { url: bookUrl, phone: bookingPhone })}</Text>
    </EmailLayout>
  );
}
