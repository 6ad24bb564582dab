import 'server-only';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';
import { lockFailed } from './resend-message';

/** An administrator closes a failed message that will not be sent (e.g. a code, or told by phone). */
export async function closeFailedMessage(staff: Staff, id: string, now: Date): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const m = await lockFailed(tx, id);
    await tx.outboxMessage.update({ where: { id: m.id }, data: { handledAt: now } });
    await writeAudit(tx, staff, 'outbox.close', 'OutboxMessage', m.id, {
      template: m.template,
      channel: m.channel,
      bookingId: m.bookingId,
    });
  });
}
