import { type ReactNode, createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addDays, atLocalTime, isoWeekday, localDateOf } from '@/lib/domain/time';
import { WithIntl } from '@/lib/testing/intl';
import { createTestCategory } from '@/lib/testing/fixtures';
import { type TestSession, createTestStaff, expectRedirect, form, sessionOf } from '@/lib/testing/staff';
import PhoneBookingDonePage from '@/app/admin/(panel)/telefoniczna/[id]/page';
import { bookByPhoneAction } from '@/app/admin/(panel)/telefoniczna/actions';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';
import { READ_BACK_MINUTES } from './find-phone-booking';
import { bookByPhone, phoneBookingSchema } from './book-by-phone';
import { translator } from '@/lib/i18n/translator';
import { getCurrentRegulations } from '@/lib/server/notices/get-current-regulations';
import { requestBooking } from './request-booking';
import { createTestEmailBlock } from '@/lib/testing/blocks';
import { contentOf } from '@/lib/testing/outbox';

const session = vi.hoisted(() => ({ current: null as TestSession | null }));
vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => session.current }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock('next-intl/server', () => import('@/lib/testing/intl'));
const withWords = (node: ReactNode) => createElement(WithIntl, null, node);

afterAll(() => prisma.$disconnect());

const now = new Date('2026-12-01T06:00:00Z'); // Tuesday 07:00 in Opole
const at = (h: number, m = 0) => new Date(Date.UTC(2026, 11, 2, h - 1, m)); // Wednesday, Opole time
let n = 0;
const email = () => `caller-${Date.now()}-${n++}@example.com`;

async function setup(opts: Parameters<typeof createTestCategory>[0] = {}) {
  const t = await createTestCategory(opts);
  const clerk = await createTestStaff('CLERK', t.office.id);
  const staff: Staff = { ...clerk, name: 'Urzędnik testowy' };
  const input = (over: Record<string, string | undefined> = {}) =>
    phoneBookingSchema.parse({
      categoryId: t.category.id,
      matterId: t.matter.id,
      startsAt: at(8).toISOString(),
      regulationsRead: 'on',
      ...over,
    });
  return { ...t, clerk, staff, input };
}

beforeAll(async () => {
  await prisma.regulationsVersion.upsert({
    where: { version: 1 },
    update: {},
    create: { version: 1, title: 'Regulamin', body: '…' },
  });
});

async function messages(bookingId: string) {
  return prisma.outboxMessage.findMany({ where: { bookingId }, orderBy: { createdAt: 'asc' } });
}

describe('booking by phone', () => {
  it('confirms at once, by phone, by the clerk, with the current regulations, and e-mails the confirmation', async () => {
    const { staff, input, category } = await setup();
    const address = email();
    const before = await getCurrentRegulations();
    const r = await bookByPhone(staff, input({ email: address, phone: '600 100 201' }), now);
    const after = await getCurrentRegulations();

    const b = await prisma.booking.findUniqueOrThrow({
      where: { id: r.id },
      include: { regulations: true, claim: true, contactLocks: true },
    });
    expect(b).toMatchObject({
      status: 'CONFIRMED',
      channel: 'PHONE',
      createdById: staff.id,
      email: address,
      phone: '+48600100201',
      codeHash: null,
      holdExpiresAt: null,
      confirmedAt: now,
      regulationsAcceptedAt: now,
      startsAt: at(8),
    });
    expect(b.regulations!.version).toBeGreaterThanOrEqual(before.version);
    expect(b.regulations!.version).toBeLessThanOrEqual(after.version);
    expect(b.claim).toMatchObject({ categoryId: category.id, seat: 1 });
    expect(b.contactLocks.map((l) => `${l.kind}:${l.value}`).sort()).toEqual([
      `EMAIL:${address}`,
      'PHONE:+48600100201',
    ]);

    const sent = await messages(r.id);
    expect(sent.map((m) => `${m.channel}:${m.template}:${m.recipient}`)).toEqual([
      `EMAIL:booking-confirmed:${address}`,
    ]);
    const mail = await contentOf(sent[0]!);
    expect(mail.text).toContain(r.reference);
    expect(mail.text).toContain(r.kioskCode);
    expect(mail.icalEvent?.content).toContain('BEGIN:VEVENT');

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: 'Booking', entityId: r.id } });
    expect(audit).toMatchObject({ action: 'booking.phone', actorId: staff.id, actor: staff.email });
    expect(audit.data).toMatchObject({ reference: r.reference, emailQueued: true, blockedOnline: false });
  });

  it('queues no e-mail without an address; an SMS only when asked for', async () => {
    const { staff, input } = await setup();
    const quiet = await bookByPhone(staff, input({ phone: '600 100 202' }), now);
    expect(await messages(quiet.id)).toEqual([]);
    const sms = await bookByPhone(
      staff,
      input({ phone: '600 100 203', smsOptIn: 'on', startsAt: at(9).toISOString() }),
      now,
    );
    expect((await messages(sms.id)).map((m) => `${m.channel}:${m.recipient}`)).toEqual(['SMS:+48600100203']);
  });

  it('refuses clearly when the time is full, and leaves nothing behind', async () => {
    const { staff, input, category } = await setup({ counters: 1 });
    await bookByPhone(staff, input({ phone: '600 100 204' }), now);
    await expect(bookByPhone(staff, input({ email: email() }), now)).rejects.toMatchObject({
      code: 'SLOT_TAKEN',
      userMessage: expect.stringContaining('zajęty'),
    });
    expect(await prisma.booking.count({ where: { categoryId: category.id } })).toBe(1);
  });

  it('keeps one live booking per contact in a category, online or by phone', async () => {
    const t = translator();
    const { staff, input, category, matter } = await setup();
    const address = email();
    const regs = await getCurrentRegulations();
    await requestBooking({
      categoryId: category.id,
      matterId: matter.id,
      startsAt: at(10),
      details: { email: address, phone: undefined, smsOptIn: false, idApplicationNumber: undefined },
      regulations: { versionId: regs.id, acceptedAt: now },
      now,
    });
    await expect(bookByPhone(staff, input({ email: address.toUpperCase() }), now)).rejects.toMatchObject({
      code: 'CONTACT_BUSY',
      userMessage: t('flow.phoneContactBusy'),
    });
    await bookByPhone(staff, input({ phone: '600 100 205' }), now);
    await expect(
      requestBooking({
        categoryId: category.id,
        matterId: matter.id,
        startsAt: at(11),
        details: { email: email(), phone: '+48600100205', smsOptIn: false, idApplicationNumber: undefined },
        regulations: { versionId: regs.id, acceptedAt: now },
        now,
      }),
    ).rejects.toMatchObject({ code: 'CONTACT_BUSY' });
  });

  it('books a contact blocked online (the phone line is where blocked residents are sent), and records it', async () => {
    const { staff, input, office } = await setup();
    const address = email();
    await createTestEmailBlock({
      officeId: office.id,
      email: address,
      startsAt: new Date('2026-11-01T00:00:00Z'),
      endsAt: new Date('2027-01-01T00:00:00Z'),
    });
    const r = await bookByPhone(staff, input({ email: address }), now);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: 'Booking', entityId: r.id } });
    expect(audit.data).toMatchObject({ blockedOnline: true });
  });

  it('asks for a contact, the application number when the matter needs it, and a time within the horizon', async () => {
    const { staff, input, pickupMatter } = await setup();
    const bare = phoneBookingSchema.safeParse({
      categoryId: crypto.randomUUID(),
      matterId: crypto.randomUUID(),
      startsAt: at(8).toISOString(),
      email: '',
      phone: '',
      regulationsRead: 'on',
    });
    expect(bare.success).toBe(false);
    expect(bare.error!.issues.map((i) => i.path[0]).sort()).toEqual(['email', 'phone']);
    await expect(
      bookByPhone(staff, input({ phone: '600 100 206', matterId: pickupMatter.id }), now),
    ).rejects.toMatchObject({ code: 'APPLICATION_NUMBER', field: 'idApplicationNumber' });
    const pickup = await bookByPhone(
      staff,
      input({ phone: '600 100 206', matterId: pickupMatter.id, idApplicationNumber: 'abc123456' }),
      now,
    );
    expect((await prisma.booking.findUniqueOrThrow({ where: { id: pickup.id } })).idApplicationNumber).toBe(
      'ABC123456',
    );
    await expect(
      bookByPhone(staff, input({ phone: '600 100 207', startsAt: '2027-02-03T07:00:00.000Z' }), now),
    ).rejects.toMatchObject({ code: 'SLOT_UNAVAILABLE' });
  });
});

describe('the phone booking action', () => {
  afterAll(() => {
    session.current = null;
  });

  // The action books against the real clock: the next weekday at least two days ahead, 11:45.
  let day = addDays(localDateOf(new Date()), 2);
  while (isoWeekday(day) > 5) day = addDays(day, 1);
  const fields = (t: Awaited<ReturnType<typeof setup>>, over: Record<string, string> = {}) =>
    form({
      categoryId: t.category.id,
      matterId: t.matter.id,
      startsAt: atLocalTime(day, 11 * 60 + 45).toISOString(),
      phone: '600 100 208',
      regulationsRead: true,
      ...over,
    });

  it("opens the confirmation page for the clerk's own office and refuses another office's category", async () => {
    const own = await setup();
    const other = await setup();
    session.current = sessionOf(other.clerk);
    expect(await bookByPhoneAction(null, fields(own))).toMatchObject({
      ok: false,
      message: 'Nie masz dostępu do tego biura.',
    });
    expect(await prisma.booking.count({ where: { categoryId: own.category.id } })).toBe(0);

    session.current = sessionOf(own.clerk);
    expect(await bookByPhoneAction(null, fields(own, { regulationsRead: '' }))).toMatchObject({
      ok: false,
      fieldErrors: { regulationsRead: [expect.stringContaining('regulamin')] },
    });
    await expectRedirect(bookByPhoneAction(null, fields(own)), /^\/admin\/telefoniczna\/[0-9a-f-]{36}$/);
    const b = await prisma.booking.findFirstOrThrow({ where: { categoryId: own.category.id } });
    expect(b).toMatchObject({ channel: 'PHONE', createdById: own.clerk.id, status: 'CONFIRMED' });
  });
});

describe('the summary after a phone booking', () => {
  afterAll(() => {
    session.current = null;
  });

  it('shows the contact to the clerk who booked, right after; to anyone else only "Pokaż kontakt"', async () => {
    const { staff, input, office } = await setup();
    const address = email();
    const r = await bookByPhone(staff, input({ email: address, phone: '600 100 209' }), now);
    const colleague = await createTestStaff('CLERK', office.id);
    const html = async (who: { id: string }) => {
      session.current = sessionOf(who);
      return renderToStaticMarkup(
        withWords(await PhoneBookingDonePage({ params: Promise.resolve({ id: r.id }) })),
      );
    };
    // The page reads the real clock: the booking is "just made" when confirmed a moment ago.
    await prisma.booking.update({ where: { id: r.id }, data: { confirmedAt: new Date() } });
    const own = await html(staff);
    expect(own).toContain(address);
    expect(own).toContain('+48600100209');
    expect(own).not.toContain('Pokaż kontakt');

    const other = await html(colleague);
    expect(other).toContain(r.reference);
    expect(other).not.toContain(address);
    expect(other).not.toContain('+48600100209');
    expect(other).toContain('Pokaż kontakt');

    // An hour later the clerk who booked asks like everybody else.
    await prisma.booking.update({
      where: { id: r.id },
      data: { confirmedAt: new Date(Date.now() - (READ_BACK_MINUTES + 1) * 60_000) },
    });
    expect(await html(staff)).not.toContain(address);
  });
});
