import 'server-only';
import { createCatalogueCache } from '@/lib/server/catalogue/catalogue-cache';
import { prisma } from '@/lib/server/core/db';

export type PublicNotice = { id: string; text: string; officeName: string | null };

type Notice = {
  id: string;
  text: string;
  officeId: string | null;
  officeName: string | null;
  startsAt: number;
  endsAt: number | null;
};

// Every booking page shows them; publishing or deactivating one goes through changeCatalogue,
// which empties this on every instance. The notices an administrator keeps active are few.
const noticesCache = createCatalogueCache<Notice[]>({ ttlMs: 10 * 60_000, max: 1 });

/**
 * Notices shown now: on an office's booking pages those for that office and for all offices;
 * on the home page (no office) every active one, labelled with its office. Filtered by `now`
 * from this process's copy of the active ones.
 */
export async function listActiveAnnouncements(officeId: string | null, now: Date): Promise<PublicNotice[]> {
  const at = now.getTime();
  const active = await noticesCache('active', readActive);
  return active
    .filter(
      (n) =>
        n.startsAt <= at &&
        (n.endsAt === null || n.endsAt > at) &&
        (!officeId || n.officeId === null || n.officeId === officeId),
    )
    .map((n) => ({ id: n.id, text: n.text, officeName: officeId ? null : n.officeName }));
}

async function readActive(): Promise<Notice[]> {
  const rows = await prisma.announcement.findMany({
    where: { active: true },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      text: true,
      officeId: true,
      startsAt: true,
      endsAt: true,
      office: { select: { name: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    officeId: r.officeId,
    officeName: r.office?.name ?? null,
    startsAt: r.startsAt.getTime(),
    endsAt: r.endsAt?.getTime() ?? null,
  }));
}
