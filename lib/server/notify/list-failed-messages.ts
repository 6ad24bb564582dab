import 'server-only';
import { z } from 'zod';
import type { MessageKey } from '@/lib/i18n/catalogue';
import { m as key } from '@/lib/validation/messages';
import { prisma } from '@/lib/server/core/db';
import { carriesSecrets, renderForReading, type StoredMessage } from './messages/render-message';
import { fillSecrets } from './outbox-secrets';

export const messageIdSchema = z.object({ id: z.uuid(key('validation.message')) });

/** Kinds that concern a visit: re-sending them makes sense only while it is still ahead. */
export const VISIT_KINDS = ['booking-confirmed', 'visit-reminder', 'visit-rescheduled', 'visit-moved'];

/** E-mails with the manage link that go again with a fresh one (resend-message.ts). */
const FRESH_LINK_KINDS = ['booking-confirmed', 'visit-rescheduled', 'visit-moved'];
export const getsFreshLink = (m: { template: string; channel: 'EMAIL' | 'SMS' }) =>
  m.channel === 'EMAIL' && FRESH_LINK_KINDS.includes(m.template);

/** The visit time a stored message's facts speak of, if they name one. */
function factsStartsAt(payload: unknown): string | undefined {
  const facts = (payload as { facts?: { startsAt?: unknown } } | null)?.facts;
  return typeof facts?.startsAt === 'string' ? new Date(facts.startsAt).toISOString() : undefined;
}

export type Resendability = { ok: true } | { ok: false; reason: MessageKey };

/**
 * Whether a failed message can go out again, and why not. A code cannot: it is not kept, and
 * its hold is over. A confirmation e-mail, or one telling of a move, can, with a fresh manage link
 * (resend-message.ts).
 */
export function resendability(
  m: { template: string; channel: 'EMAIL' | 'SMS'; recipient: string; payload: unknown },
  booking: { status: string; startsAt: Date; email: string | null; phone: string | null } | null,
  now: Date,
): Resendability {
  if (m.template === 'confirmation-code') return { ok: false, reason: 'notify.outbox.codeCannotBeResent' };
  if (VISIT_KINDS.includes(m.template) && !(booking?.status === 'CONFIRMED' && booking.startsAt > now))
    return { ok: false, reason: 'notify.outbox.visitNotLive' };
  // A confirmation is written afresh, to the booking's address of now (queueConfirmation); any
  // other visit message goes again as it was, so only to the address it was for, about the time
  // the visit still has: never a fresh manage link to an address the resident has replaced.
  if (booking && VISIT_KINDS.includes(m.template) && m.template !== 'booking-confirmed') {
    if (m.recipient !== (m.channel === 'EMAIL' ? booking.email : booking.phone))
      return { ok: false, reason: 'notify.outbox.recipientChanged' };
    const told = factsStartsAt(m.payload);
    if (told && told !== booking.startsAt.toISOString())
      return { ok: false, reason: 'notify.outbox.visitChanged' };
  }
  if (!getsFreshLink(m) && carriesSecrets(m)) return { ok: false, reason: 'notify.outbox.secretsGone' };
  return { ok: true };
}

/**
 * Messages given up and not yet dealt with, newest first, for administrators. The subject is
 * shown with "••••••" where a code or link was (they are no longer stored anyway).
 */
export async function listFailedMessages(now: Date, limit = 200) {
  const rows = await prisma.outboxMessage.findMany({
    where: { status: 'FAILED', handledAt: null },
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: {
      id: true,
      channel: true,
      template: true,
      recipient: true,
      payload: true,
      bookingId: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      expiresAt: true,
      booking: { select: { reference: true, status: true, startsAt: true, email: true, phone: true } },
    },
  });
  return Promise.all(
    rows.map(async (m) => ({
      id: m.id,
      channel: m.channel,
      template: m.template,
      recipient: m.recipient,
      subject: await subjectOf(m),
      attempts: m.attempts,
      lastError: m.lastError,
      createdAt: m.createdAt,
      expiresAt: m.expiresAt,
      reference: m.booking?.reference ?? null,
      resend: resendability(m, m.booking, now),
    })),
  );
}

/** The subject as it would be sent now, with "••••••" where a code or link was. */
async function subjectOf(m: StoredMessage): Promise<string | null> {
  const content = await renderForReading(m);
  return content ? (fillSecrets(content, null).subject ?? null) : null;
}

export type FailedMessage = Awaited<ReturnType<typeof listFailedMessages>>[number];
