import { Heading, Text } from '@react-email/components';
import { EmailLayout } from './layout';

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
  officeName = 'Wydział Spraw Obywatelskich',
  contacts = ['adres e-mail jan.kowalski@example.com', 'numer telefonu +48600100200'],
  reason = 'dwukrotne niestawienie się na umówioną wizytę w ciągu 90 dni',
  endsAt = 'wtorek, 15 grudnia 2026, 10:00',
  bookingPhone = '77 54 11 361',
  byRule = true,
}: Partial<ContactBlockedProps>) {
  return (
    <EmailLayout preview={`Internetowa rezerwacja wizyt zablokowana do ${endsAt}`}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        Internetowa rezerwacja wizyt zablokowana
      </Heading>
      <Text>
        {officeName}: do <strong>{endsAt}</strong> nie można rezerwować wizyt przez internet, podając:{' '}
        {contacts.join(', ')}.
      </Text>
      <Text>Powód: {reason}.</Text>
      {byRule && (
        <Text>Regulamin rezerwacji przewiduje taką restrykcję za niestawienie się na umówioną wizytę.</Text>
      )}
      <Text>
        W tym czasie możesz umówić wizytę telefonicznie: {bookingPhone}. Jeśli uważasz, że blokada to pomyłka,
        zadzwoń pod ten numer.
      </Text>
    </EmailLayout>
  );
}
