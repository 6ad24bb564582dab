import { afterAll, describe, expect, it } from 'vitest';
import { createTestCategory } from '@/lib/testing/fixtures';
import { cancelBookingByToken } from './cancel-booking';
import { updatePhoneByToken } from './update-phone';
import { prisma } from '@/lib/server/core/db';
import { requestBooking } from './request-booking';

afterAll(() => prisma.$disconnect());

const now = new Date('2026-12-01T06:00:00Z');
const startsAt = new Date('2026-12-02T07:00:00Z');

async function book(categoryId: string, matterId: string, email: string) {
  const regs = await prisma.regulationsVersion.upsert({
    where: { version: 1 },
    update: {},
    create: { version: 1, title: 'R', body: '…' },
  });
  return requestBooking({
    categoryId,
    matterId,
    startsAt,
    details: { email, phone: '+48600100200', smsOptIn: true, idApplicationNumber: undefined },
    regulations: { versionId: regs.id, acceptedAt: now },
    now,
  });
}

describe('managing a booking', () => {
  it('cancelling frees the time and the contact at once', async () => {
    const { category, matter } = await createTestCategory({ counters: 1 });
    const email = `cancel-${Date.now()}@example.com`;
    const { token, bookingId } = await book(category.id, matter.id, email);
    await cancelBookingByToken(token, now);
    const b = await prisma.booking.findUniqueOrThrow({ where: { id: bookingId } });
    expect(b).toMatchObject({ status: 'CANCELLED', cancelledBy: 'RESIDENT' });
    await expect(book(category.id, matter.id, email)).resolves.toBeTruthy(); // same time, same e-mail
  });

  it('corrects the phone number, and removing it turns SMS off', async () => {
    const { category, matter } = await createTestCategory();
    const { token, bookingId } = await book(category.id, matter.id, `phone-${Date.now()}@example.com`);
    await updatePhoneByToken(token, '+48600999888', now);
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: bookingId } })).toMatchObject({
      phone: '+48600999888',
      smsOptIn: true,
    });
    await updatePhoneByToken(token, undefined, now);
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: bookingId } })).toMatchObject({
      phone: null,
      smsOptIn: false,
    });
  });

  it('refuses an unknown token with a clear message', async () => {
    await expect(cancelBookingByToken('x'.repeat(43), now)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
