import { Heading, Text } from '@react-email/components';
import { formatDateTime } from '@/lib/i18n/format';
import { translator } from '@/lib/i18n/translator';
import { EmailLayout, PREVIEW_PHONE, type InLanguage } from './layout';
import { VisitLines } from './visit-lines';

export type VisitMovedProps = {
  bookingPhone: string;
  reference: string;
  /** The identifier before the move, when a new day gave the visit a new one. */
  previousReference?: string;
  kioskCode: string;
  kiosk: boolean;
  officeName: string;
  address: string;
  matter: string;
  when: string;
  previousWhen: string;
  manageUrl: string;
};

/** A clerk moved the visit to another time at the resident's request: the new details. */
export default function VisitMovedEmail(props: Partial<VisitMovedProps> & InLanguage) {
  const t = translator(props.locale);
  const {
    reference = 'W-7K3MQX',
    previousReference,
    kioskCode = '12345678',
    kiosk = true,
    officeName = t('changes.email.sample.office'),
    address = t('changes.email.sample.address'),
    matter = t('changes.email.sample.matter'),
    when = formatDateTime(new Date('2026-12-03T08:30:00Z')),
    previousWhen = formatDateTime(new Date('2026-12-02T07:15:00Z')),
    manageUrl = 'http://localhost:3000/wizyta/przyklad',
    bookingPhone = PREVIEW_PHONE,
  } = props;
  return (
    <EmailLayout
      locale={props.locale}
      bookingPhone={bookingPhone}
      preview={t('changes.email.moved.subject', { when, reference })}
    >
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t('changes.email.moved.heading')}
      </Heading>
      <Text>{t('changes.email.moved.body')}</Text>
      <VisitLines
        lines={[
          when,
          matter,
          `${officeName}, ${address}`,
          t('changes.email.reference', { reference }),
          kiosk && t('changes.email.moved.kiosk', { code: kioskCode }),
        ]}
      />
      <Text>{t('changes.email.moved.previous', { when: previousWhen })}</Text>
      {previousReference && (
        <Text>{t('changes.email.moved.newReference', { previous: previousReference })}</Text>
      )}
      <Text>{t('changes.email.moved.manage', { url: manageUrl })}</Text>
    </EmailLayout>
  );
}
