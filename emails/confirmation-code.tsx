import { Button, Heading, Text } from '@react-email/components';
import { EmailLayout } from './layout';

export type ConfirmationCodeProps = {
  code: string;
  officeName: string;
  address: string;
  matter: string;
  when: string;
  expiresAt: string;
  confirmUrl: string;
};

/** First e-mail: the one-time code that turns a held time into a booking. */
export default function ConfirmationCodeEmail({
  code = '482915',
  officeName = 'Centrum Usług Publicznych',
  address = 'ul. Rotmistrza Witolda Pileckiego, 45-331 Opole',
  matter = 'Wymiana prawa jazdy',
  when = 'środa, 2 grudnia 2026, 08:15',
  expiresAt = '09:41',
  confirmUrl = 'http://localhost:3000/wizyta/przyklad',
}: Partial<ConfirmationCodeProps>) {
  return (
    <EmailLayout preview={`Kod potwierdzający: ${code}`}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        Potwierdź rezerwację wizyty
      </Heading>
      <Text>Twój kod potwierdzający:</Text>
      <Text style={{ fontSize: 32, fontWeight: 'bold', letterSpacing: 6 }}>{code}</Text>
      <Text>
        Wpisz go na stronie rezerwacji do godz. {expiresAt}. Niepotwierdzony termin zostanie wtedy anulowany i
        zwolniony.
      </Text>
      <Button
        href={confirmUrl}
        style={{ backgroundColor: '#0b4f8a', color: '#ffffff', padding: '12px 20px', borderRadius: 6 }}
      >
        Przejdź do potwierdzenia
      </Button>
      <Text>
        {matter}
        <br />
        {when}
        <br />
        {officeName}, {address}
      </Text>
      <Text style={{ fontSize: 13, color: '#475569' }}>
        Jeśli to nie Ty rezerwowałeś(-aś) wizytę, zignoruj tę wiadomość.
      </Text>
    </EmailLayout>
  );
}
