import { Text } from '@react-email/components';
import { inSentence } from '@/components/ui/in-sentence';
import { translator } from '@/lib/i18n/translator';
import { EmailLayout, EmailTitle, PREVIEW_PHONE, type InLanguage } from './layout';

export type ContactBlockedProps = {
  officeName: string;
  /** The blocked contacts as the resident gave them ("adres e-mail jan@…", "numer telefonu +48…"). */
  contacts: string[];
  reason: string;
  /** "do wtorku, 15 grudnia 2026, 10:00" in Opole. */
  endsAt: string;
  bookingPhone: string;
  /** Imposed by the no-show rule (the regulations foresee it) rather than by an administrator. */
  byRule: boolean;
};

/**
 * Why online booking is refused and until when. The public page only says that it is not possible
 * for this contact: the reason goes to the address, never onto a screen someone else may see.
 */
export default function ContactBlockedEmail({
  locale,
  officeName = 'Wydział Spraw Obywatelskich',
  contacts = ['adres e-mail jan.kowalski@example.com', 'numer telefonu +48600100200'],
  reason = 'dwukrotne niestawienie się na umówioną wizytę w ciągu 90 dni',
  endsAt = 'wtorek, 15 grudnia 2026, 10:00',
  bookingPhone = PREVIEW_PHONE,
  byRule = true,
}: Partial<ContactBlockedProps> & InLanguage) {
  const t = translator(locale);
  return (
    <EmailLayout locale={locale} preview={t('email.blocked.preview', { endsAt })} bookingPhone={bookingPhone}>
      <EmailTitle>{t('email.blocked.title')}</EmailTitle>
      <Text>
        {t.rich('email.blocked.until', {
          office: officeName,
          contacts: contacts.join(', '),
          endsAt: inSentence(<strong key="endsAt">{endsAt}</strong>),
        })}
      </Text>
      <Text>{t('email.blocked.reason', { reason })}</Text>
      {byRule && <Text>{t('email.blocked.byRule')}</Text>}
      <Text>{t('email.blocked.byPhone', { phone: bookingPhone })}</Text>
    </EmailLayout>
  );
}
