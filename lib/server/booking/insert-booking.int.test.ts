import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestCategory } from '@/lib/testing/fixtures';
import { openTransaction, waitForWaiters } from '@/lib/testing/locks';
import { prisma } from '@/lib/server/core/db';
import { holdSlot } from './hold-slot';
import { CODE_DRAWS } from './insert-booking';
import { requestBooking } from './request-booking';

// The random source, scripted: each queued value is drawn before a random one.
const draws = vi.hoisted(() => ({ references: [] as string[], kioskCodes: [] as string[] }));
vi.mock('@/lib/server/core/codes', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/server/core/codes')>();
  return {
    ...real,
    newReference: (letter: string) => draws.references.shift() ?? real.newReference(letter),
    newKioskCode: () => draws.kioskCodes.shift() ?? real.newKioskCode(),
  };
});

afterAll(() => prisma.$disconnect());
beforeEach(() => {
  draws.references.length = 0;
  draws.kioskCodes.length = 0;
});

// Tuesday 1 December 2026, 07:00 in Opole; the times held are on Wednesday from 08:00 (07:00Z).
const now = new Date('2026-12-01T06:00:00Z');
const startsAt = new Date('2026-12-02T07:00:00Z');
const at = (slot: number) => new Date(startsAt.getTime() + slot * 15 * 60_000);

async function setup() {
  const t = await createTestCategory({ counters: 3 });
  const hold = (time = startsAt) =>
    holdSlot({ categoryId: t.category.id, matterId: t.matter.id, startsAt: time, now });
  const first = await hold();
  return { ...t, hold, first };
}

describe('a random reference or kiosk code already taken', () => {
  it('draws a new reference, and the existing booking keeps its own', async () => {
    const { first, hold } = await setup();
    draws.references.push(first.reference, first.reference);
    const second = await hold();
    expect(draws.references).toEqual([]); // both taken values were tried
    expect(second.reference).toMatch(/^T-[A-Z0-9]{6}$/);
    expect(second.reference).not.toBe(first.reference);
    const kept = await prisma.booking.findUniqueOrThrow({ where: { id: first.id } });
    expect(kept).toMatchObject({ reference: first.reference, kioskCode: first.kioskCode, status: 'HELD' });
  });

  it('draws a new kiosk code: kiosk codes stay unique', async () => {
    const { category, first, hold } = await setup();
    draws.kioskCodes.push(first.kioskCode, first.kioskCode, first.kioskCode);
    const second = await hold(at(1));
    expect(draws.kioskCodes).toEqual([]);
    expect(second.kioskCode).toMatch(/^\d{8}$/);
    const codes = await prisma.booking.findMany({
      where: { categoryId: category.id },
      select: { kioskCode: true },
    });
    expect(new Set(codes.map((c) => c.kioskCode)).size).toBe(2);
    expect(await prisma.slotClaim.count({ where: { categoryId: category.id } })).toBe(2);
  });

  it('in the online flow, the hold, contact lock and code e-mail are made once, as without a collision', async () => {
    const { category, matter, first } = await setup();
    const regs = await prisma.regulationsVersion.upsert({
      where: { version: 1 },
      update: {},
      create: { version: 1, title: 'Regulamin', body: '…' },
    });
    draws.references.push(first.reference);
    draws.kioskCodes.push(first.kioskCode, first.kioskCode);
    const { bookingId } = await requestBooking({
      categoryId: category.id,
      matterId: matter.id,
      startsAt,
      details: {
        email: `collision-${Date.now()}@example.com`,
        smsOptIn: false,
        idApplicationNumber: undefined,
      },
      regulations: { versionId: regs.id, acceptedAt: now },
      now,
    });
    const b = await prisma.booking.findUniqueOrThrow({
      where: { id: bookingId },
      select: {
        status: true,
        reference: true,
        kioskCode: true,
        _count: { select: { contactLocks: true, messages: true } },
      },
    });
    expect(b.status).toBe('HELD');
    expect(b.reference).not.toBe(first.reference);
    expect(b.kioskCode).not.toBe(first.kioskCode);
    expect(b._count).toEqual({ contactLocks: 1, messages: 1 });
  });

  it('a value taken by a booking not yet committed elsewhere: waits for it, then draws again', async () => {
    const { first, hold } = await setup();
    const other = await createTestCategory();
    const taken = 'T-CCCCCC';
    const elsewhere = openTransaction(async (tx) => {
      await tx.booking.create({
        data: {
          reference: taken,
          kioskCode: '12312312',
          officeId: other.office.id,
          categoryId: other.category.id,
          matterId: other.matter.id,
          startsAt,
          endsAt: at(1),
          status: 'CONFIRMED',
        },
      });
    });
    const pid = await elsewhere.opened;
    draws.references.push(taken);
    const second = hold();
    await waitForWaiters(pid, 1);
    elsewhere.commit();
    await elsewhere.done;
    const held = await second;
    expect(held.reference).not.toBe(taken);
    expect(held.reference).not.toBe(first.reference);
  });

  it(`gives up after ${CODE_DRAWS} taken draws, leaving nothing behind`, async () => {
    const { category, first, hold } = await setup();
    draws.kioskCodes.push(...Array.from({ length: CODE_DRAWS }, () => first.kioskCode));
    await expect(hold(at(2))).rejects.toThrow(`after ${CODE_DRAWS} draws`);
    expect(await prisma.booking.count({ where: { categoryId: category.id } })).toBe(1);
    expect(await prisma.slotClaim.count({ where: { categoryId: category.id } })).toBe(1);
  });
});
