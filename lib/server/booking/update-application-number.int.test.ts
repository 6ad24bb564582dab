import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n/translator';
import { prisma } from '@/lib/server/core/db';
import { NOW, at, createConfirmedVisit } from '@/lib/testing/changes';
import { createTestCategory } from '@/lib/testing/fixtures';
import { contentOf } from '@/lib/testing/outbox';
import { updateApplicationNumberByToken } from './update-application-number';

afterAll(() => prisma.$disconnect());

const t = translator();
let where: Awaited<ReturnType<typeof createTestCategory>>;
beforeAll(async () => {
  where = await createTestCategory({ counters: 10, requiresApplicationNumber: true });
});

let seat = 0;
/** A confirmed ID-card pickup on Thursday 3 December, with its application number. */
async function pickup() {
  const v = await createConfirmedVisit({ ...where, matter: where.pickupMatter }, at(3), { seat: ++seat });
  await prisma.booking.update({ where: { id: v.id }, data: { idApplicationNumber: 'ZAC100200' } });
  return v;
}

const numberOf = async (id: string) =>
  (await prisma.booking.findUniqueOrThrow({ where: { id }, select: { idApplicationNumber: true } }))
    .idApplicationNumber;

describe('a resident corrects the application number of an ID-card pickup', () => {
  it('saves it, audits the field (not the number) and tells the address, the number masked', async () => {
    const v = await pickup();
    await updateApplicationNumberByToken(v.token, 'ZAC100299', NOW);
    expect(await numberOf(v.id)).toBe('ZAC100299');
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: v.id, action: 'booking.corrected' },
    });
    expect(audit).toMatchObject({ actor: 'resident', data: { field: 'applicationNumber', removed: false } });
    expect(JSON.stringify(audit.data)).not.toContain('ZAC');
    const notice = await prisma.outboxMessage.findFirstOrThrow({
      where: { bookingId: v.id, template: 'booking-corrected' },
    });
    expect(notice).toMatchObject({ channel: 'EMAIL', recipient: v.email });
    const told = await contentOf(notice);
    expect(told.text).toContain(`Numer wniosku w rezerwacji ${v.reference} zmieniono na ***99.`);
    expect(told.text).not.toContain('ZAC100299');
  });

  it('refuses a number not in the format the booking form takes', async () => {
    const v = await pickup();
    await expect(updateApplicationNumberByToken(v.token, 'AB1', NOW)).rejects.toMatchObject({
      code: 'APPLICATION_NUMBER',
      field: 'idApplicationNumber',
      userMessage: t('validation.applicationNumberFormat'),
    });
    expect(await numberOf(v.id)).toBe('ZAC100200');
  });

  it('is not offered for a matter without one', async () => {
    const v = await createConfirmedVisit(where, at(3), { seat: ++seat });
    await expect(updateApplicationNumberByToken(v.token, 'ZAC100299', NOW)).rejects.toMatchObject({
      userMessage: t('corrections.applicationNumber.notNeeded'),
    });
    expect(await numberOf(v.id)).toBeNull();
  });

  it('the same number again changes nothing and tells no one', async () => {
    const v = await pickup();
    await updateApplicationNumberByToken(v.token, 'ZAC100200', NOW);
    expect(
      await prisma.outboxMessage.count({ where: { bookingId: v.id, template: 'booking-corrected' } }),
    ).toBe(0);
  });

  it('is refused from the visit’s start, and for a cancelled visit', async () => {
    const v = await pickup();
    await expect(updateApplicationNumberByToken(v.token, 'ZAC100299', at(3))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      userMessage: t('corrections.notChangeable'),
    });
    await prisma.booking.update({ where: { id: v.id }, data: { status: 'CANCELLED' } });
    await expect(updateApplicationNumberByToken(v.token, 'ZAC100299', NOW)).rejects.toMatchObject({
      userMessage: t('corrections.notChangeable'),
    });
    expect(await numberOf(v.id)).toBe('ZAC100200');
  });
});
