import { afterAll, describe, expect, it } from 'vitest';
import { createTestCategory } from '@/lib/testing/fixtures';
import { prisma } from '@/lib/server/core/db';
import { requestTestBooking } from '@/lib/testing/request-test-booking';
import { updatePhoneByToken } from './update-phone';
import { translator } from '@/lib/i18n/translator';

type Category = Parameters<typeof requestTestBooking>[0];

afterAll(() => prisma.$disconnect());

const now = new Date('2026-12-01T06:00:00Z');
const startsAt = new Date('2026-12-02T07:00:00Z');

const book = (t: Category, email: string, phone: string) =>
  requestTestBooking(t, { startsAt, now, details: { email, phone } });

const phoneLocks = (bookingId: string) =>
  prisma.contactLock
    .findMany({ where: { bookingId, kind: 'PHONE' }, select: { value: true } })
    .then((rows) => rows.map((r) => r.value));

describe('a phone correction moves the number’s contact lock', () => {
  it('frees the old number and locks the new one', async () => {
    const { category, matter } = await createTestCategory({ counters: 3 });
    const tag = Date.now();
    const first = await book({ category, matter }, `move-a-${tag}@example.com`, '+48600100201');
    await updatePhoneByToken(first.token, '+48600100202', now);
    expect(await phoneLocks(first.bookingId)).toEqual(['+48600100202']);
    // The old number may book again in this category; the new one is the first booking's now.
    await expect(
      book({ category, matter }, `move-b-${tag}@example.com`, '+48600100201'),
    ).resolves.toBeTruthy();
    await expect(
      book({ category, matter }, `move-c-${tag}@example.com`, '+48600100202'),
    ).rejects.toMatchObject({ code: 'CONTACT_BUSY' });
  });

  it('removing the number frees its lock', async () => {
    const { category, matter } = await createTestCategory({ counters: 2 });
    const tag = Date.now();
    const first = await book({ category, matter }, `drop-a-${tag}@example.com`, '+48600100211');
    await updatePhoneByToken(first.token, undefined, now);
    expect(await phoneLocks(first.bookingId)).toEqual([]);
    await expect(
      book({ category, matter }, `drop-b-${tag}@example.com`, '+48600100211'),
    ).resolves.toBeTruthy();
  });

  it('refuses a number that already has a live booking in the category, and changes nothing', async () => {
    const { category, matter } = await createTestCategory({ counters: 2 });
    const t = translator();
    const tag = Date.now();
    await book({ category, matter }, `busy-a-${tag}@example.com`, '+48600100221');
    const second = await book({ category, matter }, `busy-b-${tag}@example.com`, '+48600100222');
    await expect(updatePhoneByToken(second.token, '+48600100221', now)).rejects.toMatchObject({
      code: 'CONTACT_BUSY',
      userMessage: t('flow.phoneBusy'),
      field: 'phone',
    });
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: second.bookingId } })).toMatchObject({
      phone: '+48600100222',
    });
    expect(await phoneLocks(second.bookingId)).toEqual(['+48600100222']);
  });
});
