import type { Locale } from '@/lib/i18n/catalogue';
import type { Translator } from '@/lib/i18n/translator';
import type { OutboxContent } from '../enqueue-message';
import type { SecretName } from '../outbox-secrets';

// One module per message (docs/decisions/036): what a state change queued (its facts) becomes an
// e-mail, an SMS and, where it has one, an .ics when the outbox worker sends it, in the booking's
// language. A transaction only writes the facts; nothing is rendered inside it.

/** The office as a message names it, read when the message is sent. */
export type MessageOffice = {
  name: string;
  slug: string;
  /** "pl. Wolności 7-8, 45-018 Opole": assembled once, here. */
  address: string;
  bookingPhone: string;
  kioskEnabled: boolean;
};

/** The booking a message is about, read when it is sent (the catalogue's words of that moment). */
export type MessageVisit = {
  id: string;
  /** Set for a booking made before decision 037 (calendarUidOf reads it). */
  calendarUid: string | null;
  reference: string;
  kioskCode: string;
  startsAt: Date;
  endsAt: Date;
  matter: { name: string; peupPath: string | null };
  category: { slug: string };
};

export type RenderInput<F> = {
  t: Translator;
  locale: Locale;
  facts: F;
  office: MessageOffice;
  /** Null for a message about no booking (a contact's block). */
  visit: MessageVisit | null;
  appUrl: string;
  /** PEUP_BASE_URL: where a matter's PEUP path leads. */
  peupBaseUrl: string;
  /** Where the message goes (an e-mail address or a phone number). */
  recipient: string;
  /** MAIL_FROM: its address organises the visit's calendar event. */
  mailFrom: string;
};

/** An e-mail's content; a code or a manage link is written as `placeholder(…)`, filled at sending. */
export type EmailContent = OutboxContent;

export type MessageModule<F> = {
  template: string;
  /** Whether the message needs its booking (every one does but a contact's block and its lift). */
  aboutBooking: boolean;
  /** The secrets each channel's text carries: without them such a message cannot be sent again. */
  secrets?: Partial<Record<'EMAIL' | 'SMS', SecretName[]>>;
  email?: (i: RenderInput<F>) => Promise<EmailContent>;
  sms?: (i: RenderInput<F>) => string;
  /**
   * The most SMS segments the text may take with the sample's words (lib/domain/sms-segments.ts):
   * one Polish letter, e.g. in an office's name, makes a text UCS-2 (70, then 67 per part).
   */
  smsBudget?: number;
  /** Facts and a booking to render every channel with, for the tests and previews. */
  sample: { facts: F; visit: MessageVisit | null };
};

/** Declares a message module (the type of its facts follows from the sample). */
export const defineMessage = <F>(m: MessageModule<F>): MessageModule<F> => m;

/** An instant as the facts keep it (JSON): an ISO string. */
export type Instant = string;
export const instant = (d: Date): Instant => d.toISOString();
export const at = (i: Instant): Date => new Date(i);
