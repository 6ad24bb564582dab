import 'server-only';
import { atLocalTime, addDays, localDateOf } from '@/lib/domain/time';
import { formatDateTime } from '@/lib/i18n/format';
import { writeAudit } from '@/lib/server/core/audit';
import { hashContact } from '@/lib/server/core/contact-hash';
import { blockReasonColumns } from '@/lib/server/core/reasons';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import { type Staff, assertOfficeAccess } from '@/lib/server/staff/guard';
import { contactsOf, describeContact, findActiveBlock, lockBlockDecisions } from './find-active-block';
import { queueBlockedEmail } from './queue-block-emails';

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
          ...blockReasonColumns({ code: 'MANUAL', note: input.reason }),
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
        reason: { code: 'MANUAL', note: input.reason },
        endsAt,
        key: ids[0]!,
      });
    return { ids };
  });
}
