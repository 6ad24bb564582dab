import 'server-only';
import { z } from 'zod';
import { addDays, atLocalTime, isCalendarDate, localDateOf } from '@/lib/domain/time';
import { writeAudit } from '@/lib/server/core/audit';
import { changeCatalogue } from '@/lib/server/catalogue/change-catalogue';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import type { Staff } from '@/lib/server/staff/guard';
import { m } from '@/lib/validation/messages';

/** `officeId` "all" is a notice for every office; the end date is the last day it is shown. */
export const announcementSchema = z.object({
  text: z.string().trim().min(5, m('validation.notices.text')).max(1000, m('validation.notices.textTooLong')),
  officeId: z.union([z.literal('all'), z.uuid()], { message: m('validation.office') }),
  endsOn: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(
      z.iso
        .date({ message: m('validation.notices.date') })
        .refine(isCalendarDate, { message: m('validation.notices.realDate') })
        .optional(),
    ),
});

export async function publishAnnouncement(
  staff: Staff,
  input: z.output<typeof announcementSchema>,
  now: Date,
): Promise<void> {
  if (input.endsOn && input.endsOn < localDateOf(now))
    throw new AppError('PAST_END', { message: 'notices.pastEnd', field: 'endsOn' });
  const officeId = input.officeId === 'all' ? null : input.officeId;
  if (officeId && !(await prisma.office.count({ where: { id: officeId } })))
    throw new AppError('NOT_FOUND', { message: 'notices.officeNotFound', field: 'officeId' });
  await changeCatalogue(async (tx) => {
    const a = await tx.announcement.create({
      data: {
        officeId,
        text: input.text,
        startsAt: now,
        // Shown through the whole end day in Opole, until the next local midnight.
        endsAt: input.endsOn ? atLocalTime(addDays(input.endsOn, 1), 0) : null,
        createdById: staff.id,
      },
      select: { id: true },
    });
    await writeAudit(tx, staff, 'announcement.publish', 'Announcement', a.id, {
      officeId,
      endsOn: input.endsOn ?? null,
    });
  });
}
