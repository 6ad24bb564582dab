import { Heading, Text } from '@react-email/components';
import { t } from '@/lib/i18n/t';
import { EmailLayout } from './layout';

export type VisitMovedProps = {
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
export default function VisitMovedEmail({
  reference = 'W-7K3MQX',
  previousReference,
  kioskCode = '12345678',
  kiosk = true,
  officeName = 'Wydział Spraw Obywatelskich',
  address = 'pl. Wolności 7-8, 45-018 Opole',
  matter = 'Odbiór nowego dowodu osobistego',
  when = 'czwartek, 3 grudnia 2026, godz. 09:30',
  previousWhen = 'środa, 2 grudnia 2026, godz. 08:15',
  manageUrl = 'http://localhost:3000/wizyta/przyklad',
}: Partial<VisitMovedProps>) {
  return (
    <EmailLayout preview={t('changes.email.moved.subject', { when, reference })}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t('changes.email.moved.heading')}
      </Heading>
      <Text>{t('changes.email.moved.body')}</Text>
      <Text>
        <strong>{when}</strong>
        <br />
        {matter}
        <br />
        {officeName}, {address}
        <br />
        {t('changes.email.reference', { reference })}
        {kiosk && (
          <>
            <br />
            {t('changes.email.moved.kiosk', { code: kioskCode })}
          </>
        )}
      </Text>
      <Text>{t('changes.email.moved.previous', { when: previousWhen })}</Text>
      {previousReference && (
        <Text>{t('changes.email.moved.newReference', { previous: previousReference })}</Text>
      )}
      <Text>{t('changes.email.moved.manage', { url: manageUrl })}</Text>
    </EmailLayout>
  );
}
