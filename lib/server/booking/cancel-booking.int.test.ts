import { afterAll, describe, expect, it } from 'vitest';
import { createTestCategory } from '@/lib/testing/fixtures';
import { cancelBookingByToken } from './cancel-booking';
import { updatePhoneByToken } from './update-phone';
import { prisma } from '@/lib/server/core/db';
import { requestTestBooking } from '@/lib/testing/request-test-booking';

type Category = Parameters<typeof requestTestBooking>[0];

afterAll(() => prisma.$disconnect());

const now = new Date('2026-12-01T06:00:00Z');
const startsAt = new Date('2026-12-02T07:00:00Z');

const book = (t: Category, email: string) =>
  requestTestBooking(t, { startsAt, now, details: { email, phone: '+48600100200', smsOptIn: true } });

describe('managing a booking', () => {
  it('cancelling frees the time and the contact at once', async () => {
    const { category, matter } = await createTestCategory({ counters: 1 });
    const email = `cancel-${Date.now()}@example.com`;
    const { token, bookingId } = await book({ category, matter }, email);
    await cancelBookingByToken(token, now);
    const b = await prisma.booking.findUniqueOrThrow({ where: { id: bookingId } });
    expect(b).toMatchObject({
      status: 'CANCELLED',
      cancelledBy: 'RESIDENT',
      cancelReason: 'BY_RESIDENT',
      cancelNote: null,
    });
    await expect(book({ category, matter }, email)).resolves.toBeTruthy(); // same time, same e-mail
  });

  it('corrects the phone number, and removing it turns SMS off', async () => {
    const { category, matter } = await createTestCategory();
    const { token, bookingId } = await book({ category, matter }, `phone-${Date.now()}@example.com`);
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
