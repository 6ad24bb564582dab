// The regulations state how long personal data are kept (§ 4 ust. 5), from RETENTION_DAYS. Run by
// the seed at every start: when the period in the newest version differs from RETENTION_DAYS, a
// new version is published with only that period changed, so residents accept the text that is
// true. Administrators' own wording elsewhere is kept.
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { RETENTION_PERIOD_PATTERN, retentionPeriodPhrase } from '@/lib/i18n/retention-messages';
import { regulationsV1 } from './regulations';

export type RegulationsSync = { published?: number; warning?: string };

export async function syncRegulationsRetention(
  prisma: PrismaClient,
  retentionDays: number,
  now = new Date(),
): Promise<RegulationsSync> {
  const latest = await prisma.regulationsVersion.findFirst({
    orderBy: { version: 'desc' },
    select: { version: true, title: true, body: true, publishedById: true },
  });
  if (!latest) {
    await prisma.regulationsVersion.create({ data: regulationsV1(retentionDays) });
    return { published: 1 };
  }
  const stated = RETENTION_PERIOD_PATTERN.exec(latest.body);
  let body: string;
  if (stated) {
    if (Number(stated[1]) === retentionDays) return {};
    body = latest.body.replace(RETENTION_PERIOD_PATTERN, retentionPeriodPhrase(retentionDays));
  } else if (latest.version === 1 && !latest.publishedById) {
    // The first version as shipped before the period was stated in it.
    body = regulationsV1(retentionDays).body;
  } else {
    return {
      warning:
        `Regulamin (wersja ${latest.version}) nie podaje okresu przechowywania danych ` +
        `(RETENTION_DAYS=${retentionDays}, „${retentionPeriodPhrase(retentionDays)}”). ` +
        'Opublikuj wersję, która go podaje (zob. docs/data-retention.md).',
    };
  }
  const version = latest.version + 1;
  try {
    await prisma.$transaction(async (tx) => {
      const v = await tx.regulationsVersion.create({
        data: { version, title: latest.title, body, publishedAt: now },
        select: { id: true },
      });
      await tx.auditLog.create({
        data: {
          actor: 'system',
          action: 'regulations.publish',
          entity: 'RegulationsVersion',
          entityId: v.id,
          data: { version, title: latest.title, cause: 'RETENTION_DAYS', retentionDays },
        },
      });
    });
  } catch (e) {
    // Another instance starting at the same moment published it.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') return {};
    throw e;
  }
  return { published: version };
}
