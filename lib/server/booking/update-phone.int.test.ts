import { afterAll, describe, expect, it } from 'vitest';
import { createTestCategory } from '@/lib/testing/fixtures';
import { prisma } from '@/lib/server/core/db';
import { requestTestBooking } from '@/lib/testing/request-test-booking';
import { updatePhoneByToken } from './update-phone';
import { translator } from '@/lib/i18n/translator';
import { createConfirmedVisit } from '@/lib/testing/changes';
import { contentOf } from '@/lib/testing/outbox';

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

describe('a phone correction is audited and told to the old address', () => {
  const notices = (bookingId: string) =>
    prisma.outboxMessage.findMany({ where: { bookingId, template: 'booking-corrected' } });

  it('by e-mail to the booking’s address, the new number masked; the audit names the field only', async () => {
    const { category, matter } = await createTestCategory();
    const email = `told-${Date.now()}@example.com`;
    const b = await book({ category, matter }, email, '+48600100231');
    await updatePhoneByToken(b.token, '+48600100232', now);
    const [notice] = await notices(b.bookingId);
    expect(notice).toMatchObject({ channel: 'EMAIL', recipient: email });
    const told = await contentOf(notice!);
    expect(told.text).toMatch(/Numer telefonu w rezerwacji \S+ zmieniono na \*\*\*232\./);
    expect(told.text).not.toContain('600100232');
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: b.bookingId, action: 'booking.corrected' },
    });
    expect(audit).toMatchObject({ actor: 'resident', data: { field: 'phone', removed: false } });
    expect(JSON.stringify(audit.data)).not.toContain('600100');
  });

  it('by SMS to the old number when the booking has no e-mail address; a removal says so', async () => {
    const where = await createTestCategory();
    const v = await createConfirmedVisit(where, startsAt, { email: null, phone: '+48600100241' });
    await updatePhoneByToken(v.token, undefined, now);
    const [sms] = await notices(v.id);
    expect(sms).toMatchObject({ channel: 'SMS', recipient: '+48600100241' });
    expect((await contentOf(sms!)).text).toBe(
      `UM Opole: z rezerwacji ${v.reference} usunieto numer telefonu. Jesli to nie Ty, zadzwon: 77 54 11 361.`,
    );
    expect(
      await prisma.auditLog.findFirstOrThrow({ where: { entityId: v.id, action: 'booking.corrected' } }),
    ).toMatchObject({ data: { field: 'phone', removed: true } });
  });

  it('the same number again changes nothing and tells no one', async () => {
    const { category, matter } = await createTestCategory();
    const b = await book({ category, matter }, `same-${Date.now()}@example.com`, '+48600100251');
    await updatePhoneByToken(b.token, '+48600100251', now);
    expect(await notices(b.bookingId)).toEqual([]);
    expect(
      await prisma.auditLog.count({ where: { entityId: b.bookingId, action: 'booking.corrected' } }),
    ).toBe(0);
  });
});

describe('corrections of one booking are limited a day', () => {
  it('the 11th phone change of the day is refused with the office’s phone, busy numbers counted too', async () => {
    const { category, matter } = await createTestCategory({ counters: 2 });
    const t = translator();
    const tag = Date.now();
    await book({ category, matter }, `limit-a-${tag}@example.com`, '+48600100301');
    const v = await book({ category, matter }, `limit-b-${tag}@example.com`, '+48600100302');
    // Probing whether a number is booked costs a try as a change does.
    for (let i = 0; i < 3; i++)
      await expect(updatePhoneByToken(v.token, '+48600100301', now)).rejects.toMatchObject({
        code: 'CONTACT_BUSY',
      });
    for (let i = 0; i < 7; i++) await updatePhoneByToken(v.token, `+4860010031${i}`, now);
    await expect(updatePhoneByToken(v.token, '+48600100399', now)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      userMessage: t('corrections.bookingLimit', { phone: '77 54 11 361' }),
    });
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: v.bookingId } })).toMatchObject({
      phone: '+48600100316',
    });
    // The next day the resident may correct it again.
    await updatePhoneByToken(v.token, '+48600100399', new Date(now.getTime() + 24 * 60 * 60_000 + 1));
  });
});
