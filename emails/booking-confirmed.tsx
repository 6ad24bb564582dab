import { Button, Heading, Link, Text } from '@react-email/components';
import { EmailLayout } from './layout';

export type BookingConfirmedProps = {
  reference: string;
  kioskCode: string;
  officeName: string;
  address: string;
  matter: string;
  when: string;
  peupUrl: string;
  manageUrl: string;
  kiosk: boolean;
};

/** Second e-mail: the booking is confirmed; everything needed on the day. */
export default function BookingConfirmedEmail({
  reference = 'C-7K3MQX',
  kioskCode = '40271953',
  officeName = 'Centrum Usług Publicznych',
  address = 'ul. Rotmistrza Witolda Pileckiego, 45-331 Opole',
  matter = 'Wymiana prawa jazdy',
  when = 'środa, 2 grudnia 2026, 08:15',
  peupUrl = 'https://peup.um.opole.pl',
  manageUrl = 'http://localhost:3000/wizyta/przyklad',
  kiosk = true,
}: Partial<BookingConfirmedProps>) {
  return (
    <EmailLayout preview={`Wizyta potwierdzona: ${when}, identyfikator ${reference}`}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        Wizyta potwierdzona
      </Heading>
      <Text>
        <strong>{matter}</strong>
        <br />
        {when}
        <br />
        {officeName}, {address}
      </Text>
      <Text>
        Identyfikator wizyty (na liście przyjęć przy stanowisku): <strong>{reference}</strong>
      </Text>
      {kiosk && (
        <Text>
          Kod do automatu biletowego — wybierz „Umówiona wizyta” i wpisz:{' '}
          <strong style={{ fontSize: 20 }}>{kioskCode}</strong>
        </Text>
      )}
      <Text>
        Co zabrać, opłaty i wnioski: <Link href={peupUrl}>Platforma eUsług Publicznych</Link>
      </Text>
      <Text>
        W dniu wizyty: przyjdź punktualnie — spóźnienie może skutkować anulowaniem wizyty. Możesz zostać
        poproszony(-a) o okazanie tej wiadomości (wydruku lub na telefonie) albo SMS-a z potwierdzeniem.
      </Text>
      <Button
        href={manageUrl}
        style={{ backgroundColor: '#0b4f8a', color: '#ffffff', padding: '12px 20px', borderRadius: 6 }}
      >
        Zarządzaj rezerwacją (dane, odwołanie)
      </Button>
      <Text style={{ fontSize: 13, color: '#475569' }}>
        W załączniku: wydarzenie do kalendarza (plik .ics).
      </Text>
    </EmailLayout>
  );
}
