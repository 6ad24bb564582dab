import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import { createTestCategory } from '@/lib/testing/fixtures';
import { NOW, at, createConfirmedVisit, seatsOf } from '@/lib/testing/changes';
import { openTransaction, waitForWaiters } from '@/lib/testing/locks';
import { contentOf } from '@/lib/testing/outbox';
import { getBookingByToken } from './get-booking-by-token';
import { queueConfirmation } from './confirm-booking';
import { loadRescheduleView, rescheduleBooking } from './reschedule-booking';
import { queueReminders } from '@/lib/server/notify/queue-reminders';

afterAll(() => prisma.$disconnect());

const messagesOf = (bookingId: string) =>
  prisma.outboxMessage.findMany({ where: { bookingId }, orderBy: { createdAt: 'asc' } });

describe('a resident reschedules from the manage link', () => {
  it('moves to another day: one seat, at the new time; a new identifier and link; the resident told', async () => {
    const t = await createTestCategory({ counters: 1 });
    const v = await createConfirmedVisit(t, at(2));
    // The first confirmation is still waiting (e.g. the mail server was down).
    await prisma.$transaction((tx) => queueConfirmation(tx, v.id, v.token, NOW));

    const r = await rescheduleBooking(v.token, at(3, 30), NOW);

    expect(r.startsAt).toEqual(at(3, 30));
    expect(await seatsOf(v.id)).toEqual([{ startsAt: at(3, 30), seat: 1 }]);
    const b = await prisma.booking.findUniqueOrThrow({ where: { id: v.id } });
    expect(b).toMatchObject({ status: 'CONFIRMED', startsAt: at(3, 30), endsAt: at(3, 45) });
    expect(b.reference).not.toBe(v.reference);
    expect(b.reference).toBe(r.reference);
    expect(b.reference).toMatch(/^T-/);
    // The old link stops working; the new one shows the new time.
    expect(await getBookingByToken(v.token, NOW)).toBeNull();
    expect((await getBookingByToken(r.token, NOW))?.startsAt).toEqual(at(3, 30));

    const [first, again] = await messagesOf(v.id);
    expect(first).toMatchObject({ dedupeKey: `confirmed:${v.id}`, status: 'CANCELLED', secrets: null });
    expect(again).toMatchObject({ template: 'visit-rescheduled', status: 'PENDING', recipient: v.email });
    expect(again!.dedupeKey).toMatch(new RegExp(`^rescheduled:${v.id}:`));
    expect(r.dayChanged).toBe(true);
    const mail = await contentOf(again!);
    expect(mail.subject).toBe(`Termin wizyty zmieniony: czwartek, 3 grudnia 2026, 08:30 — ${b.reference}`);
    expect(mail.text).toContain('Na Twoją prośbę zmieniliśmy termin wizyty');
    // The old time and the old identifier, said to be no longer valid.
    expect(mail.text).toContain('Poprzedni termin (środa, 2 grudnia 2026, 08:00) jest już nieaktualny.');
    expect(mail.text).toContain(`zamiast poprzedniego (${v.reference})`);
    expect(mail.text).toContain(`/wizyta/${r.token}`);
    expect(mail.text).not.toContain(v.token);
    expect(mail.icalEvent).toMatchObject({ method: 'REQUEST' });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: v.id } });
    expect(audit).toMatchObject({ actor: 'resident', action: 'booking.rescheduled' });
  });

  it('tells by SMS too where the resident asked for SMS, and not where they did not', async () => {
    const t = await createTestCategory({ counters: 2 });
    const phone = () => `+4860${crypto.randomInt(1_000_000, 9_999_999)}`;
    const asked = await createConfirmedVisit(t, at(2), { phone: phone() });
    await prisma.booking.update({ where: { id: asked.id }, data: { smsOptIn: true } });
    const notAsked = await createConfirmedVisit(t, at(2), { phone: phone(), seat: 2 });

    await rescheduleBooking(asked.token, at(2, 30), NOW);
    await rescheduleBooking(notAsked.token, at(2, 30), NOW);

    const told = async (id: string) =>
      (await messagesOf(id)).map((m) => [m.template, m.channel, m.recipient]).sort();
    expect(await told(asked.id)).toEqual([
      ['visit-rescheduled', 'EMAIL', asked.email],
      ['visit-rescheduled', 'SMS', asked.phone],
    ]);
    expect(await told(notAsked.id)).toEqual([['visit-rescheduled', 'EMAIL', notAsked.email]]);
    const sms = (await messagesOf(asked.id)).find((m) => m.channel === 'SMS')!;
    expect((await contentOf(sms)).text).toMatch(
      new RegExp(
        `^UM Opole: na Twoją prośbę zmieniliśmy termin wizyty na środa, 2 grudnia 2026, 08:30, .*${asked.reference}`,
      ),
    );
  });

  it('keeps the identifier when the day stays, and frees the old time for others at once', async () => {
    const t = await createTestCategory({ counters: 1 });
    const v = await createConfirmedVisit(t, at(2));
    const r = await rescheduleBooking(v.token, at(2, 45), NOW);
    expect(r.reference).toBe(v.reference);
    const other = await createConfirmedVisit(t, at(2, 15));
    // The old time takes someone else now: its one seat is free.
    const back = await rescheduleBooking(other.token, at(2), NOW);
    expect(await seatsOf(other.id)).toEqual([{ startsAt: at(2), seat: 1 }]);
    expect(back.reference).toBe(other.reference);
  });

  it('a time that is full changes nothing: the visit keeps its time, its seat and its link', async () => {
    const t = await createTestCategory({ counters: 1 });
    const v = await createConfirmedVisit(t, at(2));
    await createConfirmedVisit(t, at(3));
    await expect(rescheduleBooking(v.token, at(3), NOW)).rejects.toMatchObject({
      code: 'SLOT_TAKEN',
      messageKey: 'changes.slotTaken',
    });
    expect(await seatsOf(v.id)).toEqual([{ startsAt: at(2), seat: 1 }]);
    expect((await getBookingByToken(v.token, NOW))?.reference).toBe(v.reference);
    expect(await messagesOf(v.id)).toEqual([]);
  });

  it.each([
    ['the same time', () => at(2), 'UNCHANGED'],
    ['a time that is no slot', () => at(3, 7), 'SLOT_UNAVAILABLE'],
    ['a weekend', () => at(5), 'SLOT_UNAVAILABLE'],
    ['beyond the 30 days released', () => new Date('2027-01-05T07:00:00Z'), 'SLOT_UNAVAILABLE'],
    ['a time already begun', () => new Date(NOW.getTime() - 3_600_000), 'SLOT_UNAVAILABLE'],
  ])('refuses %s', async (_name, time, code) => {
    const t = await createTestCategory();
    const v = await createConfirmedVisit(t, at(2));
    await expect(rescheduleBooking(v.token, time(), NOW)).rejects.toMatchObject({ code });
    expect(await seatsOf(v.id)).toEqual([{ startsAt: at(2), seat: 1 }]);
  });

  it('applies the rules of booking online: blocks, phone-only mode, a visit begun or cancelled', async () => {
    const t = await createTestCategory();
    const blocked = await createConfirmedVisit(t, at(2));
    await prisma.contactBlock.create({
      data: {
        officeId: t.office.id,
        kind: 'EMAIL',
        value: blocked.email!,
        reason: 'MANUAL',
        reasonNote: 'nieobecności',
        source: 'MANUAL',
        startsAt: new Date(NOW.getTime() - 86_400_000),
        endsAt: new Date(NOW.getTime() + 30 * 86_400_000),
      },
    });
    await expect(rescheduleBooking(blocked.token, at(3), NOW)).rejects.toMatchObject({
      code: 'CONTACT_BLOCKED',
      params: { phone: '77 54 11 361' },
    });

    const begun = await createConfirmedVisit(t, at(2, 15));
    await expect(rescheduleBooking(begun.token, at(3), new Date(at(2, 20)))).rejects.toMatchObject({
      code: 'NOT_MOVABLE',
    });
    const cancelled = await createConfirmedVisit(t, at(2, 30));
    await prisma.booking.update({ where: { id: cancelled.id }, data: { status: 'CANCELLED' } });
    await expect(rescheduleBooking(cancelled.token, at(3), NOW)).rejects.toMatchObject({
      code: 'NOT_MOVABLE',
    });
    await expect(rescheduleBooking('x'.repeat(43), at(3), NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    await prisma.serviceCategory.update({ where: { id: t.category.id }, data: { phoneOnly: true } });
    const v = await createConfirmedVisit(t, at(2, 45));
    await expect(rescheduleBooking(v.token, at(3), NOW)).rejects.toMatchObject({ code: 'PHONE_ONLY' });
  });

  it('refuses a category or a matter switched off since the visit was booked, as a new booking', async () => {
    const t = await createTestCategory();
    const v = await createConfirmedVisit(t, at(2));
    const matterId = t.matter.id;
    await prisma.matter.update({ where: { id: matterId }, data: { active: false } });
    await expect(rescheduleBooking(v.token, at(3), NOW)).rejects.toMatchObject({
      code: 'NOT_OFFERED',
      params: { phone: '77 54 11 361' },
    });
    expect(await loadRescheduleView(v.token, NOW)).toMatchObject({ open: true, offered: false });
    await prisma.matter.update({ where: { id: matterId }, data: { active: true } });
    await prisma.serviceCategory.update({ where: { id: t.category.id }, data: { active: false } });
    await expect(rescheduleBooking(v.token, at(3), NOW)).rejects.toMatchObject({ code: 'NOT_OFFERED' });
    expect(await seatsOf(v.id)).toEqual([{ startsAt: at(2), seat: 1 }]);
    expect(await messagesOf(v.id)).toEqual([]);
    // Switched on again: the visit moves.
    await prisma.serviceCategory.update({ where: { id: t.category.id }, data: { active: true } });
    expect(await loadRescheduleView(v.token, NOW)).toMatchObject({ offered: true });
    await expect(rescheduleBooking(v.token, at(3), NOW)).resolves.toMatchObject({ startsAt: at(3) });
  });

  it('a visit reminded of its old time is reminded again of its new one', async () => {
    const t = await createTestCategory();
    const v = await createConfirmedVisit(t, at(2));
    const reminders = () =>
      prisma.outboxMessage.findMany({ where: { bookingId: v.id, template: 'visit-reminder' } });
    await queueReminders(NOW);
    expect(await reminders()).toHaveLength(1);
    await rescheduleBooking(v.token, at(2, 30), NOW);
    await queueReminders(NOW);
    const [old, again] = await reminders().then((r) => r.sort((a, b) => +a.createdAt - +b.createdAt));
    expect(old!.status).toBe('CANCELLED'); // still waiting when the visit moved: withdrawn
    expect((await contentOf(again!)).subject).toContain('08:30');
  });

  it('two residents moving onto the last seat at once: exactly one wins, the other keeps their old time', async () => {
    const t = await createTestCategory({ counters: 1 });
    const a = await createConfirmedVisit(t, at(2));
    const b = await createConfirmedVisit(t, at(2, 15));
    // Both start together: each waits on the category, held here, then they race for the seat.
    const gate = openTransaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "ServiceCategory" WHERE id = ${t.category.id}::uuid FOR UPDATE`;
    });
    const pid = await gate.opened;
    const moves = [a, b].map((v) => rescheduleBooking(v.token, at(4), NOW));
    await waitForWaiters(pid, 2);
    gate.commit();
    await gate.done;
    const results = await Promise.allSettled(moves);

    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'SLOT_TAKEN' });
    expect(await prisma.slotClaim.count({ where: { categoryId: t.category.id, startsAt: at(4) } })).toBe(1);
    const loser = results[0]!.status === 'rejected' ? a : b;
    const winner = loser === a ? b : a;
    expect(await seatsOf(loser.id)).toEqual([{ startsAt: loser.startsAt, seat: 1 }]);
    expect(await seatsOf(winner.id)).toEqual([{ startsAt: at(4), seat: 1 }]);
    expect((await getBookingByToken(loser.token, NOW))?.startsAt).toEqual(loser.startsAt);
  });
});
