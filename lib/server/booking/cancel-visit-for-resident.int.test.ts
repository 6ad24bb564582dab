import { afterAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';
import { createTestCategory } from '@/lib/testing/fixtures';
import { NOW, at, createConfirmedVisit, seatsOf } from '@/lib/testing/changes';
import { contentOf } from '@/lib/testing/outbox';
import { createTestStaff } from '@/lib/testing/staff';
import { cancelVisitForResident } from './cancel-visit-for-resident';
import { queueConfirmation } from './confirm-booking';

afterAll(() => prisma.$disconnect());

async function setUp() {
  const t = await createTestCategory({ counters: 1 });
  const clerk: Staff = { ...(await createTestStaff('CLERK', t.office.id)), name: 'Urzędniczka' };
  return { ...t, clerk };
}

describe('a clerk cancels one visit at the resident’s request', () => {
  it('frees the seat and the contact, e-mails the reason, withdraws what was waiting, and audits', async () => {
    const t = await setUp();
    const v = await createConfirmedVisit(t, at(2));
    await prisma.$transaction((tx) => queueConfirmation(tx, v.id, v.token, NOW));
    const r = await cancelVisitForResident(t.clerk, { bookingId: v.id, reason: '  wyjazd służbowy ' }, NOW);

    expect(r).toEqual({ reference: v.reference, notice: 'email' });
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({
      status: 'CANCELLED',
      cancelledBy: 'STAFF',
      cancelReason: 'AT_REQUEST',
      cancelNote: 'wyjazd służbowy',
      cancelledAt: NOW,
    });
    expect(await seatsOf(v.id)).toEqual([]);
    expect(await prisma.contactLock.count({ where: { bookingId: v.id } })).toBe(0);
    const messages = await prisma.outboxMessage.findMany({ where: { bookingId: v.id } });
    expect(messages.find((m) => m.template === 'booking-confirmed')).toMatchObject({ status: 'CANCELLED' });
    const mail = messages.find((m) => m.template === 'visit-cancelled-at-request')!;
    expect(mail).toMatchObject({ channel: 'EMAIL', recipient: v.email, status: 'PENDING' });
    expect((await contentOf(mail)).text).toContain('Powód: wyjazd służbowy');
    expect((await contentOf(mail)).text).toContain('środa, 2 grudnia 2026, 08:00');
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: v.id } });
    expect(audit).toMatchObject({ actorId: t.clerk.id, action: 'booking.cancelled-at-request' });
    expect(audit.data).toMatchObject({ reason: 'wyjazd służbowy', reference: v.reference });
  });

  it('a phone booking without e-mail: told by SMS; with a landline only, nobody to tell', async () => {
    const t = await setUp();
    const mobile = await createConfirmedVisit(t, at(2), {
      email: null,
      phone: '+48600100202',
      channel: 'PHONE',
    });
    expect(
      await cancelVisitForResident(t.clerk, { bookingId: mobile.id, reason: 'choroba' }, NOW),
    ).toMatchObject({ notice: 'sms' });
    const sms = await prisma.outboxMessage.findFirstOrThrow({ where: { bookingId: mobile.id } });
    expect(sms).toMatchObject({ channel: 'SMS', recipient: '+48600100202' });
    expect((await contentOf(sms)).text).toContain('choroba');

    const landline = await createConfirmedVisit(t, at(2, 15), {
      email: null,
      phone: '+48774541100',
      channel: 'PHONE',
    });
    expect(
      await cancelVisitForResident(t.clerk, { bookingId: landline.id, reason: 'choroba' }, NOW),
    ).toMatchObject({ notice: 'none' });
    expect(await prisma.outboxMessage.count({ where: { bookingId: landline.id } })).toBe(0);
    expect(await seatsOf(landline.id)).toEqual([]);
  });

  it('refuses without a reason, after the visit began, twice, or for another office', async () => {
    const t = await setUp();
    const v = await createConfirmedVisit(t, at(2));
    const cancel = (staff: Staff, reason = 'wyjazd', now = NOW) =>
      cancelVisitForResident(staff, { bookingId: v.id, reason }, now);
    await expect(cancel(t.clerk, ' ab ')).rejects.toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
    await expect(cancel(t.clerk, 'wyjazd', at(2, 1))).rejects.toMatchObject({ code: 'NOT_CANCELLABLE' });
    const other = await createTestCategory();
    const stranger: Staff = { ...(await createTestStaff('CLERK', other.office.id)), name: 'Obcy' };
    await expect(cancel(stranger)).rejects.toMatchObject({ code: 'FORBIDDEN_OFFICE' });
    expect(await seatsOf(v.id)).toHaveLength(1);
    await cancel(t.clerk);
    await expect(cancel(t.clerk)).rejects.toMatchObject({ code: 'NOT_CANCELLABLE' });
    await expect(
      cancelVisitForResident(t.clerk, { bookingId: crypto.randomUUID(), reason: 'wyjazd' }, NOW),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await prisma.outboxMessage.count({ where: { bookingId: v.id } })).toBe(1);
  });
});
