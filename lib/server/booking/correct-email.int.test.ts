import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n/translator';
import { prisma } from '@/lib/server/core/db';
import { createTestEmailBlock } from '@/lib/testing/blocks';
import { NOW, at, createConfirmedVisit } from '@/lib/testing/changes';
import { residentEmail } from '@/lib/testing/booking-clock';
import { createTestBooking, createTestCategory } from '@/lib/testing/fixtures';
import { contentOf } from '@/lib/testing/outbox';
import { confirmEmailChange } from './confirm-email-change';
import { requestEmailChange, resendEmailChangeCode } from './request-email-change';

afterAll(() => prisma.$disconnect());

const t = translator();
const minutes = (m: number, from = NOW) => new Date(from.getTime() + m * 60_000);

let where: Awaited<ReturnType<typeof createTestCategory>>;
beforeAll(async () => {
  where = await createTestCategory({ counters: 40 });
});

let seat = 0;
/** A confirmed visit on Thursday 3 December with its e-mail (and phone) locked, on a seat of its own. */
const visit = (opts: { email?: string | null; phone?: string | null } = {}) =>
  createConfirmedVisit(where, at(3), { seat: ++seat, email: opts.email ?? residentEmail(), ...opts });

const outbox = (bookingId: string, template: string) =>
  prisma.outboxMessage.findMany({ where: { bookingId, template }, orderBy: { createdAt: 'asc' } });

/** The code the new address received: its newest code e-mail, as it will be sent. */
async function codeSentTo(bookingId: string, email: string) {
  const [m] = await prisma.outboxMessage.findMany({
    where: { bookingId, template: 'email-change-code', recipient: email },
    orderBy: { createdAt: 'desc' },
    take: 1,
  });
  const mail = await contentOf(m!);
  return /(\d{6})/.exec(mail.subject!)![1]!;
}

const emailLocks = (bookingId: string) =>
  prisma.contactLock
    .findMany({ where: { bookingId, kind: 'EMAIL' }, select: { value: true } })
    .then((rows) => rows.map((r) => r.value));

const bookingEmail = async (id: string) =>
  (await prisma.booking.findUniqueOrThrow({ where: { id }, select: { email: true } })).email;

describe('a resident corrects the e-mail address with a code sent to the new one', () => {
  it('the code goes to the new address only; typed, it changes the address, moves the lock, is audited and told', async () => {
    const v = await visit({ phone: '+48600300401' });
    const old = v.email!;
    const fresh = residentEmail();
    expect(await requestEmailChange(v.token, fresh, NOW)).toEqual({ until: minutes(30) });

    const [codeMail] = await outbox(v.id, 'email-change-code');
    expect(codeMail).toMatchObject({ channel: 'EMAIL', recipient: fresh, status: 'PENDING' });
    expect(await prisma.outboxMessage.count({ where: { bookingId: v.id, channel: 'SMS' } })).toBe(0);
    const content = await contentOf(codeMail!);
    expect(content.subject).toMatch(/^Kod potwierdzający nowy adres e-mail: \d{6}$/);
    expect(content.text).not.toContain(v.reference); // nothing of the visit to an unproven address
    expect(content.text).toContain('07:30'); // the code's end, Opole time
    // Nothing changes until the code is typed.
    expect(await bookingEmail(v.id)).toBe(old);
    expect(await emailLocks(v.id)).toEqual([old]);

    const code = await codeSentTo(v.id, fresh);
    expect(await confirmEmailChange(v.token, code, minutes(5))).toEqual({ email: fresh });
    expect(await bookingEmail(v.id)).toBe(fresh);
    expect(await emailLocks(v.id)).toEqual([fresh]);
    expect(await prisma.emailChange.count({ where: { bookingId: v.id } })).toBe(0);

    // Audited: who (the resident, by the link) and which field, never the addresses.
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: v.id, action: 'booking.corrected' },
    });
    expect(audit).toMatchObject({
      actor: 'resident',
      actorId: null,
      data: { reference: v.reference, field: 'email', removed: false, via: 'manage-link' },
    });
    expect(JSON.stringify(audit.data)).not.toMatch(/@/);

    // The old address is told, with the new one masked and the number to call.
    const [notice] = await outbox(v.id, 'booking-corrected');
    expect(notice).toMatchObject({ channel: 'EMAIL', recipient: old });
    const told = await contentOf(notice!);
    expect(told.subject).toBe(`Zmieniono dane rezerwacji ${v.reference}`);
    expect(told.text).toContain(`${fresh[0]}***@example.com`);
    expect(told.text).toContain('77 54 11 361');
    expect(`${told.subject}${told.text}${told.html}`).not.toContain(fresh);

    // The new address gets the confirmation: identifier, manage link, calendar event.
    const confirmation = await prisma.outboxMessage.findFirstOrThrow({
      where: { bookingId: v.id, template: 'booking-confirmed', recipient: fresh },
    });
    const confirmed = await contentOf(confirmation);
    expect(confirmed.text).toContain(`/wizyta/${v.token}`);
    expect(confirmed.icalEvent?.method).toBe('REQUEST');
  });

  it('frees the old address in the category and takes the new one', async () => {
    const v = await visit();
    const old = v.email!;
    const fresh = residentEmail();
    await requestEmailChange(v.token, fresh, NOW);
    await confirmEmailChange(v.token, await codeSentTo(v.id, fresh), minutes(1));
    // Another booking of the category may now move to the old address, not to the new one.
    const other = await visit();
    await expect(requestEmailChange(other.token, fresh, minutes(2))).rejects.toMatchObject({
      code: 'CONTACT_BUSY',
      field: 'email',
      userMessage: t('corrections.email.busy'),
    });
    await requestEmailChange(other.token, old, minutes(2));
    await confirmEmailChange(other.token, await codeSentTo(other.id, old), minutes(3));
    expect(await emailLocks(other.id)).toEqual([old]);
  });

  it('a message still waiting for the old address goes to the new one; notices about corrections do not', async () => {
    const v = await visit();
    const old = v.email!;
    await prisma.outboxMessage.create({
      data: {
        channel: 'EMAIL',
        template: 'visit-reminder',
        recipient: old,
        payload: {
          facts: {
            reference: v.reference,
            startsAt: v.startsAt.toISOString(),
            endsAt: v.endsAt.toISOString(),
            sequence: 0,
          },
        },
        bookingId: v.id,
      },
    });
    const fresh = residentEmail();
    await requestEmailChange(v.token, fresh, NOW);
    await confirmEmailChange(v.token, await codeSentTo(v.id, fresh), minutes(1));
    expect(await outbox(v.id, 'visit-reminder')).toEqual([expect.objectContaining({ recipient: fresh })]);
    expect(await outbox(v.id, 'booking-corrected')).toEqual([expect.objectContaining({ recipient: old })]);
  });

  it('a wrong code says how many tries are left; the fifth drops the change and the address stays', async () => {
    const v = await visit();
    const fresh = residentEmail();
    await requestEmailChange(v.token, fresh, NOW);
    const code = await codeSentTo(v.id, fresh);
    const wrong = code === '000000' ? '111111' : '000000';
    for (const left of [4, 3, 2, 1])
      await expect(confirmEmailChange(v.token, wrong, minutes(1))).rejects.toMatchObject({
        code: 'WRONG_CODE',
        field: 'code',
        userMessage: t('flow.wrongCode', { left: String(left) }),
      });
    await expect(confirmEmailChange(v.token, wrong, minutes(1))).rejects.toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      userMessage: t('corrections.email.tooManyAttempts'),
    });
    expect(await prisma.emailChange.count({ where: { bookingId: v.id } })).toBe(0);
    expect(await outbox(v.id, 'email-change-code')).toEqual([
      expect.objectContaining({ status: 'CANCELLED', secrets: null }),
    ]);
    // The right code after that is no use: the change is gone.
    await expect(confirmEmailChange(v.token, code, minutes(2))).rejects.toMatchObject({
      userMessage: t('corrections.email.noPending'),
    });
    expect(await bookingEmail(v.id)).toBe(v.email);
  });

  it('guesses sent at once are counted by the database: no more than five are compared', async () => {
    const v = await visit();
    const fresh = residentEmail();
    await requestEmailChange(v.token, fresh, NOW);
    const code = await codeSentTo(v.id, fresh);
    const wrong = code === '000000' ? '111111' : '000000';
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, () => confirmEmailChange(v.token, wrong, minutes(1))),
    );
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    const codes = results.map((r) => (r.status === 'rejected' ? (r.reason as { code: string }).code : 'OK'));
    expect(codes.filter((c) => c === 'WRONG_CODE')).toHaveLength(4);
    expect(
      codes.filter((c) => c !== 'WRONG_CODE').every((c) => c === 'TOO_MANY_ATTEMPTS' || c === 'NOT_FOUND'),
    ).toBe(true);
    await expect(confirmEmailChange(v.token, code, minutes(2))).rejects.toMatchObject({
      userMessage: t('corrections.email.noPending'),
    });
    expect(await bookingEmail(v.id)).toBe(v.email);
  });

  it('an expired code is refused and changes nothing', async () => {
    const v = await visit();
    const fresh = residentEmail();
    await requestEmailChange(v.token, fresh, NOW);
    const code = await codeSentTo(v.id, fresh);
    await expect(confirmEmailChange(v.token, code, minutes(30))).rejects.toMatchObject({
      code: 'CODE',
      field: 'code',
      userMessage: t('corrections.email.expired'),
    });
    expect(await bookingEmail(v.id)).toBe(v.email);
  });

  it('a new request replaces the one waiting: the first address’s code no longer works', async () => {
    const v = await visit();
    const [first, second] = [residentEmail(), residentEmail()];
    await requestEmailChange(v.token, first, NOW);
    const firstCode = await codeSentTo(v.id, first);
    await requestEmailChange(v.token, second, minutes(1));
    const sent = await outbox(v.id, 'email-change-code');
    expect(Object.fromEntries(sent.map((m) => [m.recipient, m.status]))).toEqual({
      [first]: 'CANCELLED',
      [second]: 'PENDING',
    });
    const secondCode = await codeSentTo(v.id, second);
    if (firstCode !== secondCode)
      await expect(confirmEmailChange(v.token, firstCode, minutes(2))).rejects.toMatchObject({
        code: 'WRONG_CODE',
      });
    await confirmEmailChange(v.token, secondCode, minutes(2));
    expect(await bookingEmail(v.id)).toBe(second);
  });
});

describe('refusals before a code is sent, and again when it is typed', () => {
  it('the address the booking already has', async () => {
    const v = await visit();
    await expect(requestEmailChange(v.token, v.email!, NOW)).rejects.toMatchObject({
      code: 'UNCHANGED',
      field: 'email',
      userMessage: t('corrections.email.same'),
    });
  });

  it('an address with another live booking in the category: no code, nothing stored', async () => {
    const busy = await visit();
    const v = await visit();
    await expect(requestEmailChange(v.token, busy.email!, NOW)).rejects.toMatchObject({
      code: 'CONTACT_BUSY',
      userMessage: t('corrections.email.busy'),
    });
    expect(await prisma.emailChange.count({ where: { bookingId: v.id } })).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { recipient: busy.email!, bookingId: v.id } })).toBe(0);
  });

  it('an address whose visit is over holds its lock no longer', async () => {
    const past = await createTestBooking(where, new Date('2026-11-30T07:00:00Z'), { seat: 1 });
    await prisma.contactLock.create({
      data: { categoryId: where.category.id, kind: 'EMAIL', value: past.email!, bookingId: past.id },
    });
    const v = await visit();
    await requestEmailChange(v.token, past.email!, NOW);
    await confirmEmailChange(v.token, await codeSentTo(v.id, past.email!), minutes(1));
    expect(await emailLocks(v.id)).toEqual([past.email]);
  });

  it('an address that took a booking in the category after its code was sent', async () => {
    const v = await visit();
    const fresh = residentEmail();
    await requestEmailChange(v.token, fresh, NOW);
    await visit({ email: fresh });
    await expect(
      confirmEmailChange(v.token, await codeSentTo(v.id, fresh), minutes(1)),
    ).rejects.toMatchObject({ code: 'CONTACT_BUSY', userMessage: t('corrections.email.busy') });
    expect(await bookingEmail(v.id)).toBe(v.email);
    expect(await emailLocks(v.id)).toEqual([v.email]);
    expect(await prisma.auditLog.count({ where: { entityId: v.id, action: 'booking.corrected' } })).toBe(0);
    expect(await outbox(v.id, 'booking-corrected')).toEqual([]);
  });

  it('an address blocked at the office, when asked and when the code is typed', async () => {
    const blocked = residentEmail();
    await createTestEmailBlock({
      officeId: where.office.id,
      email: blocked,
      startsAt: minutes(-60),
      endsAt: minutes(60 * 24 * 30),
    });
    const v = await visit();
    await expect(requestEmailChange(v.token, blocked, NOW)).rejects.toMatchObject({
      code: 'CONTACT_BLOCKED',
      field: 'email',
      userMessage: t('corrections.email.blocked', { phone: '77 54 11 361' }),
    });

    const later = residentEmail();
    await requestEmailChange(v.token, later, NOW);
    await createTestEmailBlock({
      officeId: where.office.id,
      email: later,
      startsAt: minutes(1),
      endsAt: minutes(60 * 24 * 30),
    });
    await expect(
      confirmEmailChange(v.token, await codeSentTo(v.id, later), minutes(2)),
    ).rejects.toMatchObject({ code: 'CONTACT_BLOCKED' });
    expect(await bookingEmail(v.id)).toBe(v.email);
  });

  it('a hold not yet confirmed: its code went to the address it has', async () => {
    const b = await createTestBooking(where, at(4), { status: 'HELD', seat: 1 });
    const { hashToken, newToken } = await import('@/lib/server/core/codes');
    const token = newToken();
    await prisma.booking.update({ where: { id: b.id }, data: { manageTokenHash: hashToken(token) } });
    await expect(requestEmailChange(token, residentEmail(), NOW)).rejects.toMatchObject({
      userMessage: t('corrections.email.confirmFirst'),
    });
  });

  it('from the visit’s start: nothing, and a code never outlives it', async () => {
    const v = await visit();
    const startsAt = at(3);
    const fresh = residentEmail();
    expect(await requestEmailChange(v.token, fresh, minutes(-10, startsAt))).toEqual({ until: startsAt });
    const code = await codeSentTo(v.id, fresh);
    await expect(confirmEmailChange(v.token, code, startsAt)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      userMessage: t('corrections.notChangeable'),
    });
    await expect(requestEmailChange(v.token, residentEmail(), startsAt)).rejects.toMatchObject({
      userMessage: t('corrections.notChangeable'),
    });
    expect(await bookingEmail(v.id)).toBe(v.email);
  });
});

describe('limits on codes', () => {
  it('a new code at most 3 times, a minute apart; each replaces the last', async () => {
    const v = await visit();
    const fresh = residentEmail();
    await requestEmailChange(v.token, fresh, NOW);
    await expect(resendEmailChangeCode(v.token, minutes(0.5))).rejects.toMatchObject({
      code: 'RESEND_LIMIT',
      userMessage: t('flow.resendWait', { seconds: '30' }),
    });
    for (const m of [1, 2, 3])
      expect(await resendEmailChangeCode(v.token, minutes(m))).toEqual({ email: fresh });
    await expect(resendEmailChangeCode(v.token, minutes(5))).rejects.toMatchObject({
      userMessage: t('corrections.email.resendLimit'),
    });
    const codes = await outbox(v.id, 'email-change-code');
    expect(codes.map((m) => m.status).sort()).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED', 'PENDING']);
    // The newest code works, and lives 30 minutes from its sending.
    await confirmEmailChange(v.token, await codeSentTo(v.id, fresh), minutes(32));
    expect(await bookingEmail(v.id)).toBe(fresh);
  });

  it('no code to resend without a change waiting', async () => {
    const v = await visit();
    await expect(resendEmailChangeCode(v.token, NOW)).rejects.toMatchObject({
      userMessage: t('corrections.email.noPending'),
    });
  });

  it('one address gets at most 4 codes a day, whichever bookings ask', async () => {
    const target = residentEmail();
    for (let i = 0; i < 4; i++) await requestEmailChange((await visit()).token, target, minutes(i));
    const fifth = await visit();
    await expect(requestEmailChange(fifth.token, target, minutes(5))).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      field: 'email',
      userMessage: t('corrections.email.addressLimit', { phone: '77 54 11 361' }),
    });
    expect(await outbox(fifth.id, 'email-change-code')).toEqual([]);
  });

  it('one booking asks at most 6 times a day, refusals included', async () => {
    const v = await visit();
    const busy = await visit();
    await expect(requestEmailChange(v.token, busy.email!, NOW)).rejects.toMatchObject({
      code: 'CONTACT_BUSY',
    });
    for (let i = 1; i < 6; i++) await requestEmailChange(v.token, residentEmail(), minutes(i));
    await expect(requestEmailChange(v.token, residentEmail(), minutes(7))).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      userMessage: t('corrections.email.bookingLimit', { phone: '77 54 11 361' }),
    });
    // A day later it may ask again.
    await requestEmailChange(v.token, residentEmail(), minutes(24 * 60 + 1));
  });
});

describe('a booking made by phone without an e-mail address', () => {
  it('may add one the same way; the phone is told by SMS', async () => {
    const v = await visit({ email: null, phone: '+48600300499' });
    const fresh = residentEmail();
    await requestEmailChange(v.token, fresh, NOW);
    await confirmEmailChange(v.token, await codeSentTo(v.id, fresh), minutes(1));
    expect(await bookingEmail(v.id)).toBe(fresh);
    expect(await emailLocks(v.id)).toEqual([fresh]);
    const [sms] = await outbox(v.id, 'booking-corrected');
    expect(sms).toMatchObject({ channel: 'SMS', recipient: '+48600300499' });
    expect((await contentOf(sms!)).text).toBe(
      `UM Opole: w rezerwacji ${v.reference} zmieniono adres e-mail na ${fresh[0]}***@example.com. Jesli to nie Ty, zadzwon: 77 54 11 361.`,
    );
  });
});
