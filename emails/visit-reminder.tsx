import { Button, Heading, Text } from '@react-email/components';
import type { BookingConfirmedProps } from './booking-confirmed';
import { EmailLayout } from './layout';

/** manageUrl is optional: only the token's hash is stored, so reminders point to the confirmation e-mail. */
export type VisitReminderProps = Omit<BookingConfirmedProps, 'peupUrl' | 'manageUrl'> & {
  manageUrl?: string;
};

/** The day before the visit. */
export default function VisitReminderEmail({
  reference = 'C-7K3MQX',
  kioskCode = '40271953',
  officeName = 'Centrum Usług Publicznych',
  address = 'ul. Rotmistrza Witolda Pileckiego, 45-331 Opole',
  matter = 'Wymiana prawa jazdy',
  when = 'jutro, środa, 2 grudnia 2026, 08:15',
  manageUrl,
  kiosk = true,
}: Partial<VisitReminderProps>) {
  return (
    <EmailLayout preview={`Przypomnienie: wizyta ${when}`}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        Przypomnienie o wizycie
      </Heading>
      <Text>
        <strong>{matter}</strong>
        <br />
        {when}
        <br />
        {officeName}, {address}
      </Text>
      <Text>
        Identyfikator wizyty: <strong>{reference}</strong>
        {kiosk && (
          <>
            <br />
            Kod do automatu biletowego („Umówiona wizyta”): <strong>{kioskCode}</strong>
          </>
        )}
      </Text>
      <Text>
        Przyjdź punktualnie — spóźnienie może skutkować anulowaniem wizyty. Jeśli nie możesz przyjść, odwołaj
        wizytę, by zwolnić termin dla innych.
      </Text>
      {manageUrl ? (
        <Button
          href={manageUrl}
          style={{ backgroundColor: '#0b4f8a', color: '#ffffff', padding: '12px 20px', borderRadius: 6 }}
        >
          Zarządzaj rezerwacją
        </Button>
      ) : (
        <Text>Odnośnik do zarządzania rezerwacją znajdziesz w e-mailu z potwierdzeniem wizyty.</Text>
      )}
    </EmailLayout>
  );
}
