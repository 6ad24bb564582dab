import { Heading, Link, Text } from '@react-email/components';
import { EmailLayout } from './layout';

export type VisitCancelledLateProps = {
  reference: string;
  officeName: string;
  matter: string;
  when: string;
  bookingPhone: string;
  bookUrl: string;
};

/** Staff cancelled the visit because the resident came too late (as the regulations foresee). */
export default function VisitCancelledLateEmail({
  reference = 'W-7K3MQX',
  officeName = 'Wydział Spraw Obywatelskich',
  matter = 'Odbiór nowego dowodu osobistego',
  when = 'środa, 2 grudnia 2026, 08:15',
  bookingPhone = '77 54 11 361',
  bookUrl = 'http://localhost:3000/',
}: Partial<VisitCancelledLateProps>) {
  return (
    <EmailLayout preview={`Wizyta ${reference} anulowana z powodu spóźnienia`}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        Wizyta anulowana z powodu spóźnienia
      </Heading>
      <Text>
        <strong>{matter}</strong>
        <br />
        {when}
        <br />
        {officeName}
        <br />
        Identyfikator wizyty: <strong>{reference}</strong>
      </Text>
      <Text>
        Zgodnie z regulaminem rezerwacji spóźnienie może skutkować anulowaniem wizyty: urzędnik anulował ją,
        ponieważ nie zgłosiłeś(-aś) się na czas.
      </Text>
      <Text>
        Aby załatwić sprawę, zarezerwuj nowy termin: <Link href={bookUrl}>{bookUrl}</Link> albo telefonicznie:{' '}
        {bookingPhone}.
      </Text>
    </EmailLayout>
  );
}
