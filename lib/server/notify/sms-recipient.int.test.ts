// SMS go only to mobile numbers of SMS_COUNTRIES (default PL, UA), whatever a form claims:
// every path that can queue one is tried with a landline, a premium-rate line and a German mobile.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bookByPhoneAction } from '@/app/admin/(panel)/telefoniczna/actions';
import { bookingDetailsAction } from '@/app/rezerwacja/booking-actions';
import { addDays, atLocalTime, isoWeekday, localDateOf } from '@/lib/domain/time';
import { createTestBooking, createTestCategory } from '@/lib/testing/fixtures';
import { type TestSession, createTestStaff, form, sessionOf } from '@/lib/testing/staff';
import { bookingDetailsSchema } from '@/lib/validation/booking';
import { updatePhoneByToken } from '@/lib/server/booking/update-phone';
import { newToken } from '@/lib/server/core/codes';
import { prisma } from '@/lib/server/core/db';
import { enqueueMessage } from './enqueue-message';
import { queueReminders } from './queue-reminders';
import { requestBooking } from '@/lib/server/booking/request-booking';
import { hashToken } from '@/lib/server/core/codes';
import { translator } from '@/lib/i18n/translator';

const t = translator();
const NOT_MOBILE = t('notify.sms.notMobile');

const session = vi.hoisted(() => ({ current: null as TestSession | null }));
vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => session.current }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

afterAll(async () => {
  session.current = null;
  await prisma.$disconnect();
});

const LANDLINE = '77 54 11 361';
const PREMIUM = '701 234 567';
const GERMAN_MOBILE = '+49 1512 3456789';
const now = new Date('2026-12-01T06:00:00Z'); // Tuesday 07:00 in Opole
const startsAt = new Date('2026-12-02T07:00:00Z');
const beforeVisit = new Date(startsAt.getTime() - 86_400_000);
let n = 0;
const email = () => `sms-${Date.now()}-${n++}@example.com`;

let regulationsId: string;
beforeAll(async () => {
  regulationsId = (
    await prisma.regulationsVersion.upsert({
      where: { version: 1 },
      update: {},
      create: { version: 1, title: 'Regulamin', body: '…' },
    })
  ).id;
});

const smsCount = (where: { bookingId?: string; recipient?: string }) =>
  prisma.outboxMessage.count({ where: { ...where, channel: 'SMS' } });

describe('booking online with a crafted form that asks for SMS', () => {
  /** The details step's schema accepts any valid number; the SMS rule is the server's. */
  const crafted = (phone: string) =>
    bookingDetailsSchema.parse({ email: email(), phone, smsOptIn: 'on', needsApplicationNumber: '0' });

  it.each([
    ['a landline', LANDLINE, NOT_MOBILE],
    ['a premium-rate number', PREMIUM, NOT_MOBILE],
    ['a German mobile', GERMAN_MOBILE, expect.stringContaining('Polska (+48), Ukraina (+380)')],
  ])('refuses %s on the phone field, holds nothing and queues nothing', async (_what, phone, message) => {
    const t = await createTestCategory();
    const details = crafted(phone);
    expect(details.smsOptIn).toBe(true);
    await expect(
      requestBooking({
        categoryId: t.category.id,
        matterId: t.matter.id,
        startsAt,
        details,
        regulations: { versionId: regulationsId, acceptedAt: now },
        now,
      }),
    ).rejects.toMatchObject({ code: 'SMS_NUMBER', field: 'phone', userMessage: message });
    expect(await prisma.booking.count({ where: { categoryId: t.category.id } })).toBe(0);
    expect(await smsCount({ recipient: details.phone })).toBe(0);
  });

  it('tells the resident on the details step already, before any time is held', async () => {
    const answer = await bookingDetailsAction(
      null,
      form({ email: email(), phone: PREMIUM, smsOptIn: true, needsApplicationNumber: '0', step: 'details' }),
    );
    expect(answer).toMatchObject({ ok: false, fieldErrors: { phone: [NOT_MOBILE] } });
    // Without the SMS option the same number is a valid contact phone.
    const contactOnly = await bookingDetailsAction(
      null,
      form({ email: email(), phone: LANDLINE, needsApplicationNumber: '0', step: 'details' }),
    );
    expect(contactOnly).not.toMatchObject({ fieldErrors: { phone: expect.anything() } });
  });

  it('sends the code by SMS to a Ukrainian mobile', async () => {
    const t = await createTestCategory();
    const { bookingId } = await requestBooking({
      categoryId: t.category.id,
      matterId: t.matter.id,
      startsAt,
      details: crafted('+380 67 123 4567'),
      regulations: { versionId: regulationsId, acceptedAt: now },
      now,
    });
    expect(await smsCount({ bookingId })).toBe(1);
  });
});

describe('booking by phone with SMS to a landline', () => {
  it('is refused on the phone field and nothing is booked or queued', async () => {
    const t = await createTestCategory();
    session.current = sessionOf(await createTestStaff('CLERK', t.office.id));
    let day = addDays(localDateOf(new Date()), 2);
    while (isoWeekday(day) > 5) day = addDays(day, 1);
    const result = await bookByPhoneAction(
      null,
      form({
        categoryId: t.category.id,
        matterId: t.matter.id,
        startsAt: atLocalTime(day, 9 * 60).toISOString(),
        phone: LANDLINE,
        smsOptIn: true,
        regulationsRead: true,
      }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { phone: [NOT_MOBILE] } });
    expect(await prisma.booking.count({ where: { categoryId: t.category.id } })).toBe(0);
    expect(await smsCount({ recipient: '+48775411361' })).toBe(0);
  });
});

describe('the outbox', () => {
  it('never queues an SMS to a number that is not a mobile of an accepted country', async () => {
    const queue = (recipient: string) =>
      prisma.$transaction((tx) =>
        enqueueMessage(tx, {
          channel: 'SMS',
          template: 'visit-reminder',
          recipient,
          facts: {
            reference: 'W-TEST01',
            startsAt: '2026-12-02T07:15:00Z',
            endsAt: '2026-12-02T07:30:00Z',
            sequence: 0,
          },
          dedupeKey: `sms-rule:${recipient}:${Date.now()}`,
        }),
      );
    for (const recipient of ['+48775411361', '+48701234567', '+4915123456789', 'nie-numer']) {
      await queue(recipient);
      expect(await smsCount({ recipient }), recipient).toBe(0);
    }
    await queue('+48600100299');
    expect(await smsCount({ recipient: '+48600100299' })).toBe(1);
  });

  it('sends no reminder SMS to a landline stored with the SMS option before the rule', async () => {
    // "Now" is Monday 17 March 2031, 18:00 in Opole (a date no other test uses).
    const reminderNow = new Date('2031-03-17T17:00:00Z');
    const t = await createTestCategory();
    const landline = await createTestBooking(t, new Date('2031-03-18T07:00:00Z'), { phone: '+48775411361' });
    const mobile = await createTestBooking(t, new Date('2031-03-18T07:15:00Z'), { phone: '+48600100298' });
    await prisma.booking.updateMany({
      where: { id: { in: [landline.id, mobile.id] } },
      data: { smsOptIn: true },
    });
    await queueReminders(reminderNow);
    expect(await prisma.outboxMessage.count({ where: { bookingId: landline.id, channel: 'EMAIL' } })).toBe(1);
    expect(await smsCount({ bookingId: landline.id })).toBe(0);
    expect(await smsCount({ bookingId: mobile.id })).toBe(1);
  });
});

describe('correcting the phone on the manage page', () => {
  it('keeps a landline as the contact phone but turns the SMS notices off', async () => {
    const t = await createTestCategory();
    const token = newToken();
    const b = await createTestBooking(t, startsAt, { phone: '+48600100297' });
    await prisma.booking.update({
      where: { id: b.id },
      data: { smsOptIn: true, manageTokenHash: hashToken(token) },
    });
    expect(await updatePhoneByToken(token, '+48600100296', beforeVisit)).toEqual({ smsTurnedOff: false });
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
      phone: '+48600100296',
      smsOptIn: true,
    });
    expect(await updatePhoneByToken(token, '+48775411361', beforeVisit)).toEqual({ smsTurnedOff: true });
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
      phone: '+48775411361',
      smsOptIn: false,
    });
  });
});
