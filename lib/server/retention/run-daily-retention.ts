import 'server-only';
import { localDateOf } from '@/lib/domain/time';
import { type RetentionReport, applyRetention } from './apply-retention';
import { writeAudit } from '@/lib/server/core/audit';
import { getConfig } from '@/lib/server/core/config';
import { prisma } from '@/lib/server/core/db';
import { translator } from '@/lib/i18n/translator';

export const RETENTION_JOB = 'retention';

/** Longer than a run can take; an instance that dies mid-run lets another try after it. */
const LEASE_MS = 30 * 60_000;

export type DailyRun = { ran: false } | { ran: true; day: string; report: RetentionReport };

/**
 * The retention job, once per calendar day (Europe/Warsaw) whichever app instance gets there
 * first. The day is claimed by one conditional statement on the JobRun row: it succeeds only if
 * that day is not done and nobody holds a live claim, so of several instances exactly one works.
 * A run that fails keeps its claim until the lease ends, then the next tick tries again; the
 * work itself is idempotent, so a repeated run erases nothing twice.
 */
export async function runDailyRetention(
  now: Date,
  retentionDays = getConfig().retentionDays,
): Promise<DailyRun> {
  const day = localDateOf(now);
  let until = new Date(now.getTime() + LEASE_MS);
  const claimed = await prisma.$queryRaw<{ name: string }[]>`
    INSERT INTO "JobRun" (name, "claimedUntil") VALUES (${RETENTION_JOB}, ${until})
    ON CONFLICT (name) DO UPDATE SET "claimedUntil" = EXCLUDED."claimedUntil"
    WHERE ("JobRun"."doneOn" IS NULL OR "JobRun"."doneOn" < ${day}::date)
      AND ("JobRun"."claimedUntil" IS NULL OR "JobRun"."claimedUntil" <= ${now}::timestamptz)
    RETURNING name`;
  if (!claimed.length) return { ran: false };
  // A long run (the first day after deploy, a backlog) renews its claim between batches, so no
  // second instance starts beside it; a run that finds its claim gone stops (the work is
  // idempotent: whoever holds the claim finishes it).
  const startedWall = Date.now();
  const keepClaim = async () => {
    const next = new Date(now.getTime() + (Date.now() - startedWall) + LEASE_MS);
    const r = await prisma.jobRun.updateMany({
      where: { name: RETENTION_JOB, claimedUntil: until },
      data: { claimedUntil: next },
    });
    const t = translator();
    if (!r.count) throw new Error(t('retention.log.claimLost'));
    until = next;
  };
  const report = await applyRetention(now, retentionDays, keepClaim);
  await prisma.$transaction(async (tx) => {
    await tx.jobRun.updateMany({
      where: { name: RETENTION_JOB, claimedUntil: until },
      data: { doneOn: new Date(`${day}T00:00:00Z`), claimedUntil: null, finishedAt: now, lastReport: report },
    });
    await writeAudit(tx, 'system', 'retention.run', 'JobRun', RETENTION_JOB, {
      day,
      retentionDays,
      ...report,
    });
  });
  return { ran: true, day, report };
}
