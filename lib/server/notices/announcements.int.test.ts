import { afterAll, describe, expect, it } from 'vitest';
import { createTestCategory } from '@/lib/testing/fixtures';
import { createTestStaff } from '@/lib/testing/staff';
import { announcementSchema, publishAnnouncement } from './publish-announcement';
import { deactivateAnnouncement } from './deactivate-announcement';
import { listActiveAnnouncements } from './list-active-announcements';
import { listAnnouncementsForAdmin } from './list-announcements-for-admin';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';

afterAll(() => prisma.$disconnect());

const now = new Date('2026-12-01T10:00:00Z');
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

async function admin(): Promise<Staff> {
  return { ...(await createTestStaff('ADMIN')), name: 'Administrator testowy' };
}

/** Publishes a notice with unique text and returns its id (found by that text). */
async function publish(staff: Staff, fields: { officeId: string; endsOn?: string }, at = now) {
  const text = `Ogłoszenie ${crypto.randomUUID()}`;
  await publishAnnouncement(staff, announcementSchema.parse({ text, ...fields }), at);
  const a = await prisma.announcement.findFirstOrThrow({ where: { text }, select: { id: true } });
  return a.id;
}

describe('announcements', () => {
  it("shows a notice on its office's pages and on the home page, and notices for all offices everywhere", async () => {
    const staff = await admin();
    const a = await createTestCategory();
    const b = await createTestCategory();
    const forA = await publish(staff, { officeId: a.office.id });
    const forB = await publish(staff, { officeId: b.office.id });
    const forAll = await publish(staff, { officeId: 'all' });

    const onA = (await listActiveAnnouncements(a.office.id, hours(1))).map((x) => x.id);
    expect(onA).toContain(forA);
    expect(onA).toContain(forAll);
    expect(onA).not.toContain(forB);

    const home = await listActiveAnnouncements(null, hours(1));
    expect(home.find((x) => x.id === forB)?.officeName).toBe(b.office.name);
    expect(home.find((x) => x.id === forAll)?.officeName).toBeNull();

    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entity: 'Announcement', entityId: forA },
    });
    expect(audit).toMatchObject({ action: 'announcement.publish', actorId: staff.id });
  });

  it('shows a notice through its last day in Opole, then hides it', async () => {
    const staff = await admin();
    const { office } = await createTestCategory();
    const id = await publish(staff, { officeId: office.id, endsOn: '2026-12-03' });
    const visible = async (at: Date) =>
      (await listActiveAnnouncements(office.id, at)).some((x) => x.id === id);
    expect(await visible(new Date('2026-12-03T22:59:00Z'))).toBe(true); // 23:59 in Opole
    expect(await visible(new Date('2026-12-03T23:00:00Z'))).toBe(false); // midnight in Opole
    const row = (await listAnnouncementsForAdmin(new Date('2026-12-04T08:00:00Z'))).find((r) => r.id === id);
    expect(row).toMatchObject({ endsOn: '2026-12-03', state: 'ended', createdBy: 'Test ADMIN' });
  });

  it('refuses an end date in the past', async () => {
    const staff = await admin();
    await expect(
      publishAnnouncement(
        staff,
        announcementSchema.parse({ text: 'Za późno', officeId: 'all', endsOn: '2026-11-30' }),
        now,
      ),
    ).rejects.toMatchObject({ code: 'PAST_END', field: 'endsOn' });
  });

  it('hides a deactivated notice at once, and audits it once', async () => {
    const staff = await admin();
    const { office } = await createTestCategory();
    const id = await publish(staff, { officeId: office.id });
    await deactivateAnnouncement(staff, id);
    await deactivateAnnouncement(staff, id); // a double submit is not an error
    expect((await listActiveAnnouncements(office.id, hours(1))).map((x) => x.id)).not.toContain(id);
    expect((await listActiveAnnouncements(null, hours(1))).map((x) => x.id)).not.toContain(id);
    expect(await prisma.auditLog.count({ where: { entityId: id, action: 'announcement.deactivate' } })).toBe(
      1,
    );
    await expect(deactivateAnnouncement(staff, crypto.randomUUID())).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
