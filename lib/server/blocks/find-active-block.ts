import 'server-only';
import { createElement } from 'react';
import ContactBlockedEmail from '@/emails/contact-blocked';
import { atLocalTime, addDays, localDateOf } from '@/lib/domain/time';
import { formatDateTime } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import { writeAudit } from '@/lib/server/core/audit';
import { hashContact } from '@/lib/server/core/contact-hash';
import { prisma, type Tx } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';
import { enqueueMessage } from '@/lib/server/notify/enqueue-message';
import { renderEmail } from '@/lib/server/notify/render-email';

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

export const describeContact = (c: Contact) =>
  t(c.kind === 'EMAIL' ? 'blocks.contact.email' : 'blocks.contact.phone', { value: c.value });

/** Tells the address why and until when online booking is refused (never shown on a page). */
export async function queueBlockedEmail(
  tx: Tx,
  m: {
    to: string;
    officeId: string;
    contacts: Contact[];
    reason: string;
    endsAt: Date;
    byRule: boolean;
    key: string;
  },
) {
  const office = await tx.office.findUniqueOrThrow({
    where: { id: m.officeId },
    select: { name: true, bookingPhone: true },
  });
  const endsAt = formatDateTime(m.endsAt);
  const content = await renderEmail(
    t('notify.blocked.subject', { endsAt }),
    createElement(ContactBlockedEmail, {
      officeName: office.name,
      contacts: m.contacts.map(describeContact),
      reason: m.reason,
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

export type BlockRow = {
  id: string;
  kind: 'EMAIL' | 'PHONE';
  value: string;
  reason: string;
  source: 'NO_SHOW_RULE' | 'MANUAL';
  startsAt: Date;
  endsAt: Date;
};

/** Blocks in force at an office now (and those set to start later), soonest ending first. */
export async function listActiveBlocks(staff: Staff, officeId: string, now: Date): Promise<BlockRow[]> {
  assertOfficeAccess(staff, officeId);
  return prisma.contactBlock.findMany({
    where: { officeId, liftedAt: null, endsAt: { gt: now } },
    orderBy: [{ endsAt: 'asc' }, { kind: 'asc' }, { value: 'asc' }],
    select: { id: true, kind: true, value: true, reason: true, source: true, startsAt: true, endsAt: true },
  });
}

/** An administrator blocks an e-mail address and/or a phone number through the end of `endsOn`. */
export async function addManualBlock(
  staff: Staff,
  input: { officeId: string; email?: string; phone?: string; reason: string; endsOn: string },
  now: Date,
): Promise<{ ids: string[] }> {
  assertOfficeAccess(staff, input.officeId);
  const endsAt = atLocalTime(addDays(input.endsOn, 1), 0);
  if (input.endsOn < localDateOf(now))
    throw new AppError('PAST_END', { message: 'blocks.pastEnd', field: 'endsOn' });
  const contacts = contactsOf(input);
  if (!contacts.length) throw new AppError('NO_CONTACT', { message: 'blocks.noContact', field: 'email' });
  return prisma.$transaction(async (tx) => {
    await lockBlockDecisions(
      tx,
      input.officeId,
      contacts.map((c) => hashContact(c.kind, c.value)),
    );
    const ids: string[] = [];
    for (const c of contacts) {
      const active = await findActiveBlock(tx, input.officeId, c, now);
      if (active)
        throw new AppError('ALREADY_BLOCKED', {
          message: 'blocks.alreadyBlocked',
          params: { contact: describeContact(c), endsAt: formatDateTime(active.endsAt) },
          field: c.kind === 'EMAIL' ? 'email' : 'phone',
        });
      const b = await tx.contactBlock.create({
        data: {
          officeId: input.officeId,
          kind: c.kind,
          value: c.value,
          valueHash: hashContact(c.kind, c.value),
          reason: input.reason,
          source: 'MANUAL',
          startsAt: now,
          endsAt,
          createdById: staff.id,
        },
        select: { id: true },
      });
      await writeAudit(tx, staff, 'contact-block.create', 'ContactBlock', b.id, {
        source: 'MANUAL',
        kind: c.kind,
        endsAt: endsAt.toISOString(),
        reason: input.reason,
      });
      ids.push(b.id);
    }
    const email = contacts.find((c) => c.kind === 'EMAIL');
    if (email)
      await queueBlockedEmail(tx, {
        to: email.value,
        officeId: input.officeId,
        contacts,
        reason: input.reason,
        endsAt,
        byRule: false,
        key: ids[0]!,
      });
    return { ids };
  });
}

/** An administrator lifts a block early, with a reason; the address is told it may book again. */
export async function liftBlock(
  staff: Staff,
  input: { blockId: string; reason: string },
  now: Date,
): Promise<void> {
  const block = await prisma.contactBlock.findUnique({
    where: { id: input.blockId },
    select: { id: true, officeId: true, kind: true, value: true },
  });
  if (!block) throw new AppError('NOT_FOUND', { message: 'blocks.notFound' });
  assertOfficeAccess(staff, block.officeId);
  await prisma.$transaction(async (tx) => {
    const r = await tx.contactBlock.updateMany({
      where: { id: block.id, liftedAt: null },
      data: { liftedAt: now, liftedById: staff.id, liftReason: input.reason },
    });
    if (!r.count) throw new AppError('ALREADY_LIFTED');
    await writeAudit(tx, staff, 'contact-block.lift', 'ContactBlock', block.id, { reason: input.reason });
    if (block.kind === 'EMAIL')
      await queueLiftedEmail(tx, {
        to: block.value,
        officeId: block.officeId,
        contacts: [block],
        key: block.id,
      });
  });
}
