import 'server-only';
import type { BlockReason } from '@/lib/domain/reasons';
import { type Tx } from '@/lib/server/core/db';
import { enqueueMessage } from '@/lib/server/notify/enqueue-message';
import { instant } from '@/lib/server/notify/messages/message';
import { type Contact } from './find-active-block';

/** Only what a message names of a contact (a block row passed as one has more). */
const plain = (contacts: Contact[]): Contact[] => contacts.map(({ kind, value }) => ({ kind, value }));

/** Tells the address why and until when online booking is refused (never shown on a page). */
export async function queueBlockedEmail(
  tx: Tx,
  m: {
    to: string;
    officeId: string;
    contacts: Contact[];
    reason: BlockReason;
    endsAt: Date;
    key: string;
  },
) {
  await enqueueMessage(tx, {
    channel: 'EMAIL',
    template: 'contact-blocked',
    recipient: m.to,
    facts: { officeId: m.officeId, contacts: plain(m.contacts), reason: m.reason, endsAt: instant(m.endsAt) },
    dedupeKey: `blocked:${m.key}`,
  });
}

/** Tells the address it may book online again (its block was lifted before its end). */
export async function queueLiftedEmail(
  tx: Tx,
  m: { to: string; officeId: string; contacts: Contact[]; key: string },
) {
  await enqueueMessage(tx, {
    channel: 'EMAIL',
    template: 'contact-unblocked',
    recipient: m.to,
    facts: { officeId: m.officeId, contacts: plain(m.contacts) },
    dedupeKey: `unblocked:${m.key}`,
  });
}
