import 'server-only';
import { createElement } from 'react';
import ContactBlockedEmail from '@/emails/contact-blocked';
import type { BlockReason } from '@/lib/domain/reasons';
import { formatDateTime } from '@/lib/i18n/format';
import { blockReasonText } from '@/lib/i18n/reasons';
import { translator } from '@/lib/i18n/translator';
import { type Tx } from '@/lib/server/core/db';
import { enqueueMessage } from '@/lib/server/notify/enqueue-message';
import { renderEmail } from '@/lib/server/notify/render-email';
import { type Contact, describeContact } from './find-active-block';

/** Tells the address why and until when online booking is refused (never shown on a page). */
export async function queueBlockedEmail(
  tx: Tx,
  m: {
    to: string;
    officeId: string;
    contacts: Contact[];
    reason: BlockReason;
    endsAt: Date;
    byRule: boolean;
    key: string;
  },
) {
  const office = await tx.office.findUniqueOrThrow({
    where: { id: m.officeId },
    select: { name: true, bookingPhone: true },
  });
  const t = translator();
  const endsAt = formatDateTime(m.endsAt);
  const content = await renderEmail(
    t('notify.blocked.subject', { endsAt }),
    createElement(ContactBlockedEmail, {
      officeName: office.name,
      contacts: m.contacts.map(describeContact),
      reason: blockReasonText(t, m.reason),
      endsAt,
      bookingPhone: office.bookingPhone,
      byRule: m.byRule,
    }),
  );
  await enqueueMessage(tx, {
    channel: 'EMAIL',
    template: 'contact-blocked',
    recipient: m.to,
    content,
    dedupeKey: `blocked:${m.key}`,
  });
}

/** Tells the address it may book online again (its block was lifted before its end). */
export async function queueLiftedEmail(
  tx: Tx,
  m: { to: string; officeId: string; contacts: Contact[]; key: string },
) {
  const t = translator();
  const office = await tx.office.findUniqueOrThrow({ where: { id: m.officeId }, select: { name: true } });
  await enqueueMessage(tx, {
    channel: 'EMAIL',
    template: 'contact-unblocked',
    recipient: m.to,
    content: {
      subject: t('notify.unblocked.subject'),
      text: t('notify.unblocked.text', {
        office: office.name,
        contacts: m.contacts.map(describeContact).join(', '),
      }),
    },
    dedupeKey: `unblocked:${m.key}`,
  });
}
