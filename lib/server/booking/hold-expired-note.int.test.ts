// Issue 24, point 1: the end of an unconfirmed hold is told (a short note that nothing was
// booked), exactly once however many sweeps run at once, within a minute of the hold's time;
// never for a hold the resident let go of themselves or replaced by booking again.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { translator } from '@/lib/i18n/translator';
import { hashToken, newToken } from '@/lib/server/core/codes';
import { prisma } from '@/lib/server/core/db';
import { periodicJobs } from '@/lib/server/notify/worker-jobs';
import { NOW, at } from '@/lib/testing/changes';
import { createTestBooking, createTestCategory } from '@/lib/testing/fixtures';
import { dropOwnDatabase } from '@/lib/testing/own-database';
import { contentOf } from '@/lib/testing/outbox';
import { cancelBookingByToken } from './cancel-booking';
import { lockContacts } from './lock-contacts';
import { sweepStaleHolds } from './sweep-stale-holds';

// The sweep reads every held booking: a database of its own keeps other files' holds out.
vi.mock('@/lib/server/core/db', async () =>
  (await import('@/lib/testing/own-database')).ownDatabase('hold_expired_note'),
);
afterAll(async () => {
  await dropOwnDatabase();
});

const minutes = (d: Date, m: number) => new Date(d.getTime() + m * 60_000);

/** A hold as the booking flow leaves it: its seat, its e-mail locked, a manage token. */
async function hold(t: Awaited<ReturnType<typeof createTestCategory>>, expiresAt: Date, seat = 1) {
  const b = await createTestBooking(t, at(3), { status: 'HELD', seat });
  const token = newToken();
  await prisma.booking.update({
    where: { id: b.id },
    data: { holdExpiresAt: expiresAt, manageTokenHash: hashToken(token) },
  });
  await prisma.contactLock.create({
    data: { categoryId: t.category.id, kind: 'EMAIL', value: b.email!, bookingId: b.id },
  });
  return { ...b, token };
}

const notesOf = (bookingId: string) =>
  prisma.outboxMessage.findMany({ where: { bookingId, template: 'hold-expired' } });
const statusOf = async (id: string) => (await prisma.booking.findUniqueOrThrow({ where: { id } })).status;

describe('the note that a hold ran out', () => {
  it('the worker sweeps every half a minute; two sweeps at once expire the hold and queue its note once', async () => {
    const t = await createTestCategory({ counters: 2 });
    const stale = await hold(t, minutes(NOW, -1));
    const live = await hold(t, minutes(NOW, 30), 2);
    const job = periodicJobs().find((j) => j.name === translator()('notify.log.holds'))!;
    expect(job.everyMs).toBeLessThanOrEqual(30_000);

    await Promise.all([job.run(NOW), sweepStaleHolds(NOW), sweepStaleHolds(NOW)]);
    await sweepStaleHolds(minutes(NOW, 1)); // and a later one finds nothing more to tell

    expect(await statusOf(stale.id)).toBe('EXPIRED');
    expect(await prisma.slotClaim.count({ where: { bookingId: stale.id } })).toBe(0);
    const notes = await notesOf(stale.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      channel: 'EMAIL',
      recipient: stale.email,
      dedupeKey: `hold-expired:${stale.id}`,
    });
    const mail = await contentOf(notes[0]!);
    expect(mail.subject).toBe('Rezerwacja niepotwierdzona — wizyta nie została umówiona');
    expect(mail.text).toContain('czwartek, 3 grudnia 2026, 08:00');
    expect(mail.text).toContain('Nie masz zarezerwowanej wizyty w tym terminie');
    expect(mail.text).toMatch(/zarezerwuj termin na stronie \S+\/rezerwacja\/test-[0-9a-f]+\/kat-[0-9a-f]+/);
    expect(mail.icalEvent).toBeUndefined(); // no calendar event was ever sent for a hold

    // A hold whose time has not run out is left alone, and told nothing.
    expect(await statusOf(live.id)).toBe('HELD');
    expect(await notesOf(live.id)).toHaveLength(0);
  });

  it('is not sent for a hold the resident let go of themselves, whatever sweeps after', async () => {
    const t = await createTestCategory({ counters: 1 });
    const released = await hold(t, minutes(NOW, 30));
    await cancelBookingByToken(released.token, NOW);
    await sweepStaleHolds(minutes(NOW, 31));

    expect(await statusOf(released.id)).toBe('CANCELLED');
    expect(await prisma.outboxMessage.count({ where: { bookingId: released.id } })).toBe(0);
  });

  it('is not sent for a stale hold its own contact replaces by booking again', async () => {
    const t = await createTestCategory({ counters: 2 });
    const old = await hold(t, minutes(NOW, -5));
    const again = await createTestBooking(t, at(3, 15), { status: 'HELD', email: old.email });
    await prisma.$transaction((tx) => lockContacts(tx, t.category.id, again.id, { email: old.email! }, NOW));
    await sweepStaleHolds(NOW);

    expect(await statusOf(old.id)).toBe('EXPIRED');
    expect(await notesOf(old.id)).toHaveLength(0);
  });
});
