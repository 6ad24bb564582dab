import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Preview,
  Section,
  Text,
} from '@react-email/components';
import type { ReactNode } from 'react';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/catalogue';
import { translator } from '@/lib/i18n/translator';

/** Every e-mail is written in its booking's language (Polish unless told). */
export type InLanguage = { locale?: Locale };

/** The phone line of the previews; a sent e-mail names its office's `bookingPhone`. */
export const PREVIEW_PHONE = '77 54 11 361';

/** The frame of every resident e-mail: plain, readable on any client, in the booking's language. */
export function EmailLayout({
  preview,
  bookingPhone,
  locale = DEFAULT_LOCALE,
  children,
}: {
  preview: string;
  bookingPhone: string;
  children: ReactNode;
} & InLanguage) {
  const t = translator(locale);
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body
        style={{ backgroundColor: '#ffffff', color: '#0f172a', fontFamily: 'Arial, Helvetica, sans-serif' }}
      >
        <Container style={{ maxWidth: 560, padding: '16px' }}>
          <Text style={{ color: '#0b4f8a', fontWeight: 'bold', fontSize: 16 }}>{t('email.brand')}</Text>
          <Section>{children}</Section>
          <Hr />
          <Text style={{ fontSize: 12, color: '#475569' }}>{t('email.footer', { phone: bookingPhone })}</Text>
        </Container>
      </Body>
    </Html>
  );
}

/** The e-mail's heading. */
export function EmailTitle({ children }: { children: ReactNode }) {
  return (
    <Heading as="h1" style={{ fontSize: 22 }}>
      {children}
    </Heading>
  );
}

/** The one thing to click. */
export function EmailButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Button
      href={href}
      style={{ backgroundColor: '#0b4f8a', color: '#ffffff', padding: '12px 20px', borderRadius: 6 }}
    >
      {children}
    </Button>
  );
}

/** The visit in three lines: the matter (in bold unless `plain`), the time, the place; then `children`. */
export function VisitLines({
  matter,
  when,
  place,
  plain = false,
  children,
}: {
  matter: string;
  when: string;
  place: string;
  plain?: boolean;
  children?: ReactNode;
}) {
  return (
    <Text>
      {plain ? matter : <strong>{matter}</strong>}
      <br />
      {when}
      <br />
      {place}
      {children}
    </Text>
  );
}

/** A small grey note at the end. */
export function EmailNote({ children }: { children: ReactNode }) {
  return <Text style={{ fontSize: 13, color: '#475569' }}>{children}</Text>;
}
