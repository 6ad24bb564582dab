import 'server-only';
import { addDays, localDateOf } from '@/lib/domain/time';
import { prisma } from '@/lib/server/core/db';

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
