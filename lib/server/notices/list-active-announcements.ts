import 'server-only';
import { prisma } from '@/lib/server/core/db';

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
