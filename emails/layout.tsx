import { Body, Container, Head, Hr, Html, Preview, Section, Text } from '@react-email/components';

/** The frame of every resident e-mail: plain, readable on any client, Polish. */
export function EmailLayout({ preview, children }: { preview: string; children: React.ReactNode }) {
  return (
    <Html lang="pl">
      <Head />
      <Preview>{preview}</Preview>
      <Body
        style={{ backgroundColor: '#ffffff', color: '#0f172a', fontFamily: 'Arial, Helvetica, sans-serif' }}
      >
        <Container style={{ maxWidth: 560, padding: '16px' }}>
          <Text style={{ color: '#0b4f8a', fontWeight: 'bold', fontSize: 16 }}>
            Urząd Miasta Opola — rezerwacja wizyt
          </Text>
          <Section>{children}</Section>
          <Hr />
          <Text style={{ fontSize: 12, color: '#475569' }}>
            Wiadomość wysłana automatycznie przez system rezerwacji wizyt Urzędu Miasta Opola. Pomoc i
            rezerwacja telefoniczna: 77 54 11 361.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
