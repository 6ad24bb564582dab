import 'server-only';
import { z } from 'zod';
import { Prisma } from '@/lib/generated/prisma/client';
import { writeAudit } from '@/lib/server/core/audit';
import { changeCatalogue } from '@/lib/server/catalogue/change-catalogue';
import { AppError } from '@/lib/server/core/errors';
import type { Staff } from '@/lib/server/staff/guard';
import { m } from '@/lib/validation/messages';

export const regulationsSchema = z.object({
  title: z
    .string()
    .trim()
    .min(5, m('validation.notices.title'))
    .max(200, m('validation.notices.titleTooLong')),
  body: z
    .string()
    .trim()
    .min(50, m('validation.notices.body'))
    .max(50_000, m('validation.notices.bodyTooLong')),
});

/**
 * Publishes the next regulations version (previous + 1). From then on the public flow asks every
 * resident to accept it (the acceptance cookie names its version); bookings already made keep
 * the version they accepted. The unique version number settles two administrators publishing
 * at the same moment. Every instance forgets its copy of the current version on commit.
 */
export async function publishRegulations(
  staff: Staff,
  input: z.output<typeof regulationsSchema>,
  now: Date,
): Promise<{ version: number }> {
  try {
    return await changeCatalogue(async (tx) => {
      const current = await tx.regulationsVersion.findFirst({
        orderBy: { version: 'desc' },
        select: { version: true, title: true, body: true },
      });
      if (current && current.title === input.title && current.body === input.body)
        throw new AppError('UNCHANGED', {
          message: 'notices.regulationsUnchanged',
          params: { version: current.version },
        });
      const v = await tx.regulationsVersion.create({
        data: {
          version: (current?.version ?? 0) + 1,
          title: input.title,
          body: input.body,
          publishedAt: now,
          publishedById: staff.id,
        },
        select: { id: true, version: true },
      });
      await writeAudit(tx, staff, 'regulations.publish', 'RegulationsVersion', v.id, {
        version: v.version,
        title: input.title,
      });
      return { version: v.version };
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002')
      throw new AppError('CONCURRENT', { message: 'notices.regulationsConcurrent' });
    throw e;
  }
}
