import 'server-only';
import { type Translator, translator } from '@/lib/i18n/translator';
import { type Tx } from '@/lib/server/core/db';

export type Contact = { kind: 'EMAIL' | 'PHONE'; value: string };

/** The contacts of a booking (or a form) in the form blocks store them: lower-case e-mail, E.164. */
export function contactsOf(c: { email?: string | null; phone?: string | null }): Contact[] {
  return [
    ...(c.email ? [{ kind: 'EMAIL' as const, value: c.email.trim().toLowerCase() }] : []),
    ...(c.phone ? [{ kind: 'PHONE' as const, value: c.phone }] : []),
  ];
}

/**
 * Serialises everything that decides about one contact's blocks at an office (recording or taking
 * back a no-show, adding a block), so two clerks marking no-shows at once neither both miss the
 * limit nor both create a block. Keyed by the contact's hash (lib/server/core/contact-hash.ts), which
 * is known even after a booking's plain contact was erased. Transaction-scoped; taken in one order
 * to avoid deadlocks.
 */
export async function lockBlockDecisions(tx: Tx, officeId: string, hashes: string[]): Promise<void> {
  const keys = hashes.map((h) => `contact-block:${officeId}:${h}`).sort();
  for (const key of keys) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
}

export async function findActiveBlock(tx: Tx, officeId: string, c: Contact, now: Date) {
  return tx.contactBlock.findFirst({
    where: {
      officeId,
      kind: c.kind,
      value: c.value,
      liftedAt: null,
      startsAt: { lte: now },
      endsAt: { gt: now },
    },
    orderBy: { endsAt: 'desc' }, // the longest one in force
    select: { id: true, endsAt: true },
  });
}

/** "adres e-mail jan@…", "numer telefonu +48…", in the reader's words. */
export function describeContact(c: Contact, t: Translator = translator()): string {
  return t(c.kind === 'EMAIL' ? 'blocks.contact.email' : 'blocks.contact.phone', { value: c.value });
}
