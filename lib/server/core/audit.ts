import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from './db';

/** Who did something: a signed-in staff member, or the system / a resident. */
export type Actor = { id: string; email: string } | 'system' | 'resident';

/**
 * Appends to the audit log, in the caller's transaction when given one, so the record exists
 * exactly when the change does. `data` holds what is needed to understand (and undo) the change.
 */
export async function writeAudit(
  db: Db,
  actor: Actor,
  action: string,
  entity: string,
  entityId: string,
  data?: Record<string, unknown>,
): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: typeof actor === 'string' ? null : actor.id,
      actor: typeof actor === 'string' ? actor : actor.email,
      action,
      entity,
      entityId,
      data: data as Prisma.InputJsonValue | undefined,
    },
  });
}
