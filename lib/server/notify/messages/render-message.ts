import 'server-only';
import { DEFAULT_LOCALE, type Locale, isLocale } from '@/lib/i18n/catalogue';
import { formatOfficeAddress } from '@/lib/i18n/format';
import { translator } from '@/lib/i18n/translator';
import { getConfig } from '@/lib/server/core/config';
import { prisma } from '@/lib/server/core/db';
import type { OutboxContent } from '../enqueue-message';
import { needsSecrets } from '../outbox-secrets';
import { messageModule } from './index';
import type { MessageModule, MessageOffice, MessageVisit, RenderInput } from './message';

/** What the outbox keeps of a message queued by this release: its facts (never its words). */
export type QueuedPayload = { facts: unknown };

/** A row queued by the release before this one holds its rendered content instead. */
export function isQueuedFacts(payload: unknown): payload is QueuedPayload {
  return typeof payload === 'object' && payload !== null && 'facts' in payload;
}

/** A message this release cannot put into words (unknown template, its booking deleted). */
export class Unrenderable extends Error {}

export type StoredMessage = {
  template: string;
  channel: 'EMAIL' | 'SMS';
  recipient: string;
  payload: unknown;
  bookingId: string | null;
};

const OFFICE = {
  name: true,
  slug: true,
  address: true,
  postalCode: true,
  city: true,
  bookingPhone: true,
  kioskEnabled: true,
} as const;

function officeOf(o: {
  name: string;
  slug: string;
  address: string;
  postalCode: string;
  city: string;
  bookingPhone: string;
  kioskEnabled: boolean;
}): MessageOffice {
  return {
    name: o.name,
    slug: o.slug,
    address: formatOfficeAddress(o),
    bookingPhone: o.bookingPhone,
    kioskEnabled: o.kioskEnabled,
  };
}

async function loadBooking(id: string) {
  const b = await prisma.booking.findUnique({
    where: { id },
    select: {
      id: true,
      calendarUid: true,
      reference: true,
      kioskCode: true,
      startsAt: true,
      endsAt: true,
      language: true,
      matter: { select: { name: true, peupPath: true } },
      category: { select: { slug: true } },
      office: { select: OFFICE },
    },
  });
  if (!b) return null;
  const { office, language, ...visit } = b;
  return { visit: visit satisfies MessageVisit, office: officeOf(office), language };
}

async function loadOffice(officeId: unknown): Promise<MessageOffice | null> {
  if (typeof officeId !== 'string') return null;
  const o = await prisma.office.findUnique({ where: { id: officeId }, select: OFFICE });
  return o && officeOf(o);
}

const localeOf = (language: string | undefined): Locale =>
  language && isLocale(language) ? language : DEFAULT_LOCALE;

/** One channel of a module, from everything it reads (also the tests' way in, with samples). */
export async function renderChannel<F>(
  kind: MessageModule<F>,
  channel: 'EMAIL' | 'SMS',
  input: RenderInput<F>,
): Promise<OutboxContent> {
  const t = translator();
  if (channel === 'EMAIL') {
    if (!kind.email) throw new Unrenderable(t('notify.log.noSuchChannel', { channel }));
    return kind.email(input);
  }
  if (!kind.sms) throw new Unrenderable(t('notify.log.noSuchChannel', { channel }));
  return { text: kind.sms(input) };
}

/**
 * The message as it is sent now: its module renders its facts with the booking and the catalogue
 * as they are at this moment, in the booking's language. A row queued by the release before this
 * one is already rendered and goes as it is. Codes and links stay placeholders (outbox-secrets.ts).
 */
export async function renderMessage(m: StoredMessage): Promise<OutboxContent> {
  if (!isQueuedFacts(m.payload)) return m.payload as OutboxContent;
  const t = translator();
  const kind = messageModule(m.template);
  if (!kind) throw new Unrenderable(t('notify.log.unknownTemplate', { template: m.template }));
  const facts = m.payload.facts;
  const booking = m.bookingId ? await loadBooking(m.bookingId) : null;
  if (kind.aboutBooking && !booking) throw new Unrenderable(t('notify.log.bookingGone'));
  const office = booking?.office ?? (await loadOffice((facts as { officeId?: unknown }).officeId));
  if (!office) throw new Unrenderable(t('notify.log.officeGone'));
  return renderChannel(kind, m.channel, inputOf(booking, office, facts, m.recipient));
}

function inputOf<F>(
  booking: Awaited<ReturnType<typeof loadBooking>>,
  office: MessageOffice,
  facts: F,
  recipient: string,
): RenderInput<F> {
  const locale = localeOf(booking?.language);
  const config = getConfig();
  return {
    t: translator(locale),
    locale,
    facts,
    office,
    visit: booking?.visit ?? null,
    appUrl: config.appUrl,
    peupBaseUrl: config.peupBaseUrl,
    recipient,
    mailFrom: config.mailFrom,
  };
}

/**
 * What a booking's message would be rendered with now (its office and catalogue words of this
 * moment, its language), for what is rendered outside the outbox: the manage page's .ics.
 */
export async function renderInputFor<F>(bookingId: string, facts: F, recipient: string) {
  const booking = await loadBooking(bookingId);
  return booking && inputOf(booking, booking.office, facts, recipient);
}

/** Whether the message's words carry a code or a link (so it cannot go again once they are gone). */
export function carriesSecrets(m: Pick<StoredMessage, 'template' | 'channel' | 'payload'>): boolean {
  if (!isQueuedFacts(m.payload)) return needsSecrets(m.payload as OutboxContent);
  return !!messageModule(m.template)?.secrets?.[m.channel]?.length;
}

/** For the local mailbox and the failures list: the words, or null when it cannot be rendered. */
export async function renderForReading(m: StoredMessage): Promise<OutboxContent | null> {
  try {
    return await renderMessage(m);
  } catch (e) {
    if (e instanceof Unrenderable) return null;
    throw e;
  }
}
