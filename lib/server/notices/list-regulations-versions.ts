import 'server-only';
import { prisma } from '@/lib/server/core/db';
import { translator } from '@/lib/i18n/translator';

/** All versions, newest first: who published each, when, and how many bookings accepted it. */
export async function listRegulationsVersions() {
  const t = translator();
  const rows = await prisma.regulationsVersion.findMany({
    orderBy: { version: 'desc' },
    select: {
      id: true,
      version: true,
      title: true,
      body: true,
      publishedAt: true,
      publishedById: true,
      _count: { select: { bookings: true } },
    },
  });
  const ids = [...new Set(rows.map((r) => r.publishedById).filter((x): x is string => !!x))];
  const names = new Map(
    (
      await prisma.staffUser.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, email: true },
      })
    ).map((s) => [s.id, `${s.name} (${s.email})`]),
  );
  return rows.map(({ _count, publishedById, ...r }) => ({
    ...r,
    bookings: _count.bookings,
    publishedBy: publishedById
      ? (names.get(publishedById) ?? t('notices.publishedBy.deleted'))
      : t(r.version === 1 ? 'notices.publishedBy.initial' : 'notices.publishedBy.retention'),
  }));
}
