import 'server-only';
import { writeAudit } from './audit';
import { prisma } from './db';
import type { Staff } from './guard';
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
