import { afterAll, describe, expect, it } from 'vitest';
import { createTestCategory } from '@/lib/testing/fixtures';
import { prisma } from '@/lib/server/core/db';
import { queueReminders } from './queue-reminders';

afterAll(() => prisma.$disconnect());

describe('queueReminders', () => {
  it('queues one e-mail (and SMS) the day before a confirmed visit, and never twice', async () => {
    const { office, category, matter } = await createTestCategory();
    const tag = `${Date.now()}`;
    const make = (startsAt: string, status: 'CONFIRMED' | 'CANCELLED', n: number) =>
      prisma.booking.create({
        data: {
          reference: `T-R${tag.slice(-5)}${n}`,
          kioskCode: `${tag.slice(-6)}${n}0`.slice(0, 8),
          officeId: office.id,
          categoryId: category.id,
          matterId: matter.id,
          startsAt: new Date(startsAt),
          endsAt: new Date(new Date(startsAt).getTime() + 15 * 60_000),
          status,
          email: `rem-${tag}-${n}@example.com`,
          phone: '+48600100200',
          smsOptIn: true,
        },
      });
    // "Now" is Monday 10 March 2031, 18:00 in Opole (a date no other test uses); tomorrow is Tuesday 11 March.
    const now = new Date('2031-03-10T17:00:00Z');
    const tomorrow = await make('2031-03-11T07:00:00Z', 'CONFIRMED', 1);
    const tomorrowLate = await make('2031-03-11T22:30:00Z', 'CONFIRMED', 2); // 23:30 Opole, still tomorrow
    const dayAfter = await make('2031-03-12T07:00:00Z', 'CONFIRMED', 3);
    const cancelled = await make('2031-03-11T07:15:00Z', 'CANCELLED', 4);

    await queueReminders(now);
    await queueReminders(now);
    const messages = await prisma.outboxMessage.findMany({
      where: { bookingId: { in: [tomorrow.id, tomorrowLate.id, dayAfter.id, cancelled.id] } },
      select: { bookingId: true, channel: true, template: true },
    });
    expect(
      messages
        .filter((m) => m.bookingId === tomorrow.id)
        .map((m) => m.channel)
        .sort(),
    ).toEqual(['EMAIL', 'SMS']);
    expect(messages.filter((m) => m.bookingId === tomorrowLate.id)).toHaveLength(2);
    expect(messages.filter((m) => m.bookingId === dayAfter.id || m.bookingId === cancelled.id)).toEqual([]);
    expect(messages.every((m) => m.template === 'visit-reminder')).toBe(true);
  });
});
