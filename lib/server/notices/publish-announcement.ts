import 'server-only';
import { z } from 'zod';
import { addDays, atLocalTime, isCalendarDate, localDateOf } from '@/lib/domain/time';
import { writeAudit } from '@/lib/server/core/audit';
import { prisma } from '@/lib/server/core/db';
import { AppError } from '@/lib/server/core/errors';
import type { Staff } from '@/lib/server/staff/guard';
import { m } from '@/lib/i18n/t';

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

export const announcementIdSchema = z.object({ id: z.uuid(m('validation.notices.announcement')) });

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
  await prisma.$transaction(async (tx) => {
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

/** Takes a notice off the public pages at once; deactivating twice is not an error. */
export async function deactivateAnnouncement(staff: Staff, id: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const r = await tx.announcement.updateMany({ where: { id, active: true }, data: { active: false } });
    if (!r.count) {
      if (!(await tx.announcement.count({ where: { id } })))
        throw new AppError('NOT_FOUND', { message: 'notices.announcementNotFound' });
      return;
    }
    await writeAudit(tx, staff, 'announcement.deactivate', 'Announcement', id);
  });
}

export type PublicNotice = { id: string; text: string; officeName: string | null };

/**
 * Notices shown now: on an office's booking pages those for that office and for all offices;
 * on the home page (no office) every active one, labelled with its office.
 */
export async function listActiveAnnouncements(officeId: string | null, now: Date): Promise<PublicNotice[]> {
  const rows = await prisma.announcement.findMany({
    where: {
      active: true,
      startsAt: { lte: now },
      OR: [{ endsAt: null }, { endsAt: { gt: now } }],
      ...(officeId ? { AND: [{ OR: [{ officeId: null }, { officeId }] }] } : {}),
    },
    orderBy: { createdAt: 'desc' },
    select: { id: true, text: true, officeId: true, office: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    officeName: officeId ? null : (r.office?.name ?? null),
  }));
}

/** Every notice for the administrators' list, newest first, with who published it. */
export async function listAnnouncementsForAdmin(now: Date) {
  const rows = await prisma.announcement.findMany({
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: {
      id: true,
      text: true,
      active: true,
      endsAt: true,
      createdAt: true,
      createdById: true,
      office: { select: { name: true } },
    },
  });
  const ids = [...new Set(rows.map((r) => r.createdById).filter((x): x is string => !!x))];
  const names = new Map(
    (await prisma.staffUser.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map(
      (s) => [s.id, s.name],
    ),
  );
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    officeName: r.office?.name ?? null,
    createdAt: r.createdAt,
    // The last day shown, as the administrator entered it.
    endsOn: r.endsAt ? addDays(localDateOf(r.endsAt), -1) : null,
    state: !r.active ? ('off' as const) : r.endsAt && r.endsAt <= now ? ('ended' as const) : ('on' as const),
    createdBy: r.createdById ? (names.get(r.createdById) ?? null) : null,
  }));
}
