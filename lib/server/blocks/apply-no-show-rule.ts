import 'server-only';
import { type NoShowRule, evaluateNoShowRule, isRuleBlockJustified } from '@/lib/domain/no-show';
import type { BlockReason } from '@/lib/domain/reasons';
import { writeAudit } from '@/lib/server/core/audit';
import { type Db, type Tx } from '@/lib/server/core/db';
import { hashContact, normaliseContact } from '@/lib/server/core/contact-hash';
import { blockReasonColumns, liftReasonColumns } from '@/lib/server/core/reasons';
import { type Contact, findActiveBlock, lockBlockDecisions } from './find-active-block';
import { queueBlockedEmail, queueLiftedEmail } from './queue-block-emails';
import { type Staff } from '@/lib/server/staff/guard';

type Visit = {
  id: string;
  officeId: string;
  email: string | null;
  phone: string | null;
  /** Kept by a no-show after its plain contacts were erased (docs/data-retention.md). */
  emailHash?: string | null;
  phoneHash?: string | null;
};

/** A contact as the rule counts it: by its keyed hash; the plain value while the booking has it. */
type RuleContact = { kind: 'EMAIL' | 'PHONE'; value: string | null; hash: string };

function ruleContactsOf(v: Visit): RuleContact[] {
  const out: RuleContact[] = [];
  for (const [kind, plain, stored] of [
    ['EMAIL', v.email, v.emailHash],
    ['PHONE', v.phone, v.phoneHash],
  ] as const) {
    if (plain) out.push({ kind, value: normaliseContact(kind, plain), hash: hashContact(kind, plain) });
    else if (stored) out.push({ kind, value: null, hash: stored });
  }
  return out;
}

const DAY_MS = 24 * 60 * 60_000;

export async function loadRule(tx: Db, officeId: string): Promise<NoShowRule> {
  const o = await tx.office.findUniqueOrThrow({
    where: { id: officeId },
    select: { noShowLimit: true, noShowWindowDays: true, blockDays: true },
  });
  return { limit: o.noShowLimit, windowDays: o.noShowWindowDays, blockDays: o.blockDays };
}

/** Serialises every decision about these contacts' blocks at the office, then reads its rule. */
async function lockForRule(tx: Tx, officeId: string, contacts: RuleContact[]): Promise<NoShowRule> {
  await lockBlockDecisions(
    tx,
    officeId,
    contacts.map((c) => c.hash),
  );
  return loadRule(tx, officeId);
}

/**
 * Start times of a contact's no-shows at an office since `since`: by the hash every no-show keeps,
 * or (for no-shows recorded before hashes were kept) by the plain contact, e-mail case-blind.
 */
async function noShowDates(tx: Tx, officeId: string, c: RuleContact, since: Date): Promise<Date[]> {
  const plain = c.value
    ? [c.kind === 'EMAIL' ? { email: { equals: c.value, mode: 'insensitive' as const } } : { phone: c.value }]
    : [];
  const rows = await tx.booking.findMany({
    where: {
      officeId,
      status: 'NO_SHOW',
      startsAt: { gte: since },
      OR: [c.kind === 'EMAIL' ? { emailHash: c.hash } : { phoneHash: c.hash }, ...plain],
    },
    select: { startsAt: true },
  });
  return rows.map((r) => r.startsAt);
}

/**
 * Just after a no-show was recorded (same transaction): counts the contact's no-shows at the office,
 * by e-mail and by phone separately, and blocks each contact that reached the limit (unless a block
 * is already in force). The resident is told by e-mail why and until when.
 */
export async function applyNoShowRule(tx: Tx, visit: Visit, staff: Staff, now: Date) {
  // A block names its contact (staff see it, the e-mails need it): only plain contacts get one.
  const contacts = ruleContactsOf(visit).filter((c): c is RuleContact & Contact => !!c.value);
  if (!contacts.length) return [];
  const rule = await lockForRule(tx, visit.officeId, contacts);
  // One day more than the window: the domain counts calendar days, which DST makes 23–25 h long.
  const since = new Date(now.getTime() - (rule.windowDays + 1) * DAY_MS);
  const created: { id: string; contact: Contact; endsAt: Date; reason: BlockReason }[] = [];
  for (const c of contacts) {
    const verdict = evaluateNoShowRule({
      noShowDates: await noShowDates(tx, visit.officeId, c, since),
      rule,
      now,
    });
    if (!verdict.block) continue;
    // A block already in force is enough only if it lasts as long as this one would.
    const active = await findActiveBlock(tx, visit.officeId, c, now);
    if (active && active.endsAt >= verdict.endsAt) continue;
    const reason: BlockReason = { code: 'NO_SHOWS', count: verdict.count, days: rule.windowDays };
    const b = await tx.contactBlock.create({
      data: {
        officeId: visit.officeId,
        kind: c.kind,
        value: c.value,
        valueHash: c.hash,
        ...blockReasonColumns(reason),
        source: 'NO_SHOW_RULE',
        startsAt: now,
        endsAt: verdict.endsAt,
        createdById: staff.id,
      },
      select: { id: true },
    });
    await writeAudit(tx, staff, 'contact-block.create', 'ContactBlock', b.id, {
      source: 'NO_SHOW_RULE',
      kind: c.kind,
      endsAt: verdict.endsAt.toISOString(),
      bookingId: visit.id,
      noShows: verdict.count,
    });
    created.push({ id: b.id, contact: { kind: c.kind, value: c.value }, endsAt: verdict.endsAt, reason });
  }
  const email = contacts.find((c) => c.kind === 'EMAIL');
  if (created.length && email)
    await queueBlockedEmail(tx, {
      to: email.value,
      officeId: visit.officeId,
      contacts: created.map((b) => b.contact),
      reason: created[0]!.reason,
      endsAt: created[0]!.endsAt,
      key: created[0]!.id,
    });
  return created;
}

/**
 * After a no-show was taken back (same transaction): every block the rule imposed on this
 * booking's contacts that the remaining no-shows no longer justify is lifted, and audited.
 */
export async function recomputeNoShowBlocks(tx: Tx, visit: Visit, staff: Staff, now: Date) {
  const contacts = ruleContactsOf(visit);
  if (!contacts.length) return [];
  const rule = await lockForRule(tx, visit.officeId, contacts);
  const lift = liftReasonColumns({ code: 'NO_SHOW_UNDONE' });
  const lifted: { id: string; contact: Contact }[] = [];
  for (const c of contacts) {
    // Blocks in force still name their contact; a booking anonymised since is known by its hash.
    const blocks = await tx.contactBlock.findMany({
      where: {
        officeId: visit.officeId,
        kind: c.kind,
        OR: [{ valueHash: c.hash }, ...(c.value ? [{ value: c.value }] : [])],
        source: 'NO_SHOW_RULE',
        liftedAt: null,
        endsAt: { gt: now },
      },
      select: { id: true, startsAt: true, kind: true, value: true },
    });
    if (!blocks.length) continue;
    const earliest = Math.min(...blocks.map((b) => b.startsAt.getTime()));
    const dates = await noShowDates(
      tx,
      visit.officeId,
      c,
      new Date(earliest - (rule.windowDays + 1) * DAY_MS),
    );
    for (const b of blocks) {
      if (isRuleBlockJustified({ noShowDates: dates, rule, blockStartsAt: b.startsAt, now })) continue;
      const r = await tx.contactBlock.updateMany({
        where: { id: b.id, liftedAt: null },
        data: { liftedAt: now, liftedById: staff.id, ...lift },
      });
      if (!r.count) continue;
      await writeAudit(tx, staff, 'contact-block.lift', 'ContactBlock', b.id, {
        reason: lift.liftReason,
        bookingId: visit.id,
      });
      lifted.push({ id: b.id, contact: { kind: b.kind, value: b.value } });
    }
  }
  // The e-mail block's own address, or the booking's while it still has one.
  const to =
    lifted.find((l) => l.contact.kind === 'EMAIL')?.contact.value ??
    contacts.find((c) => c.kind === 'EMAIL')?.value;
  if (lifted.length && to)
    await queueLiftedEmail(tx, {
      to,
      officeId: visit.officeId,
      contacts: lifted.map((l) => l.contact),
      key: lifted[0]!.id,
    });
  return lifted;
}
