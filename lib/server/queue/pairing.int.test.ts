import crypto from 'node:crypto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import type { Staff } from '@/lib/server/staff/guard';
import { createTestCategory } from '@/lib/testing/fixtures';
import { createTestStaff } from '@/lib/testing/staff';
import { createPairingCode } from './create-pairing-code';
import { findKioskDevice } from './kiosk-device';
import { listKioskDevices } from './list-kiosk-devices';
import { listKioskSettings } from './list-kiosk-settings';
import { pairDevice } from './pair-device';
import { revokeKioskDevice } from './revoke-kiosk-device';
import { updateKioskSettings } from './update-kiosk-settings';
import { updateWalkInSettings } from './update-walk-in-settings';

vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => null }));
afterAll(() => prisma.$disconnect());

const now = new Date('2026-12-02T10:00:00Z');
const min = (n: number) => new Date(now.getTime() + n * 60_000);
const client = () => crypto.randomBytes(8).toString('hex');

async function setup() {
  const t = await createTestCategory();
  const admin: Staff = { ...(await createTestStaff('ADMIN')), name: 'Administrator' };
  const clerk: Staff = { ...(await createTestStaff('CLERK', t.office.id)), name: 'Urzędnik' };
  return { ...t, admin, clerk };
}

describe('pairing a ticket machine', () => {
  it('a one-time code pairs the browser; its token finds the device until it is revoked', async () => {
    const t = await setup();
    const { code, expiresAt } = await createPairingCode(
      t.admin,
      { officeId: t.office.id, name: 'Wejście' },
      now,
    );
    expect(code).toMatch(/^\d{8}$/);
    expect(expiresAt).toEqual(min(15));
    const stored = await prisma.kioskPairing.findFirstOrThrow({ where: { officeId: t.office.id } });
    expect(stored.codeHash).not.toContain(code);
    const { token, device } = await pairDevice(
      { officeSlug: t.office.slug, code, clientKey: client() },
      min(1),
    );
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(device).toMatchObject({ name: 'Wejście', office: { id: t.office.id, slug: t.office.slug } });
    const row = await prisma.kioskDevice.findUniqueOrThrow({ where: { id: device.id } });
    expect(row.tokenHash).not.toContain(token);
    expect(row.pairedById).toBe(t.admin.id);
    expect(await findKioskDevice(t.office.slug, token, min(2))).toMatchObject({ id: device.id });
    // Only at its own office, only with its token.
    const other = await createTestCategory();
    expect(await findKioskDevice(other.office.slug, token, min(2))).toBeNull();
    expect(await findKioskDevice(t.office.slug, `${token}x`, min(2))).toBeNull();
    expect(await findKioskDevice(t.office.slug, undefined, min(2))).toBeNull();
    // The code worked once.
    await expect(
      pairDevice({ officeSlug: t.office.slug, code, clientKey: client() }, min(2)),
    ).rejects.toMatchObject({ code: 'PAIRING_CODE_INVALID' });
    expect(
      (await listKioskDevices(t.admin, t.office.id)).map((d) => [d.name, d.pairedBy, d.revokedAt]),
    ).toEqual([['Wejście', 'Test ADMIN', null]]);
    await revokeKioskDevice(t.admin, { deviceId: device.id }, min(3));
    expect(await findKioskDevice(t.office.slug, token, min(3))).toBeNull();
    await expect(revokeKioskDevice(t.admin, { deviceId: device.id }, min(4))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const audit = await prisma.auditLog.findMany({ where: { entity: 'KioskDevice', entityId: device.id } });
    expect(audit.map((a) => a.action).sort()).toEqual(['kiosk.pair', 'kiosk.revoke']);
  });

  it('a code runs out after 15 minutes and belongs to its office', async () => {
    const t = await setup();
    const other = await createTestCategory();
    const { code } = await createPairingCode(t.admin, { officeId: t.office.id, name: 'A' }, now);
    await expect(
      pairDevice({ officeSlug: other.office.slug, code, clientKey: client() }, min(1)),
    ).rejects.toMatchObject({ code: 'PAIRING_CODE_INVALID' });
    await expect(
      pairDevice({ officeSlug: t.office.slug, code, clientKey: client() }, min(15)),
    ).rejects.toMatchObject({ code: 'PAIRING_CODE_INVALID' });
    const fresh = await createPairingCode(t.admin, { officeId: t.office.id, name: 'B' }, now);
    await expect(
      pairDevice({ officeSlug: t.office.slug, code: fresh.code, clientKey: client() }, min(14)),
    ).resolves.toBeTruthy();
  });

  it('limits attempts per client: after ten, even the right code waits', async () => {
    const t = await setup();
    const { code } = await createPairingCode(t.admin, { officeId: t.office.id, name: 'A' }, now);
    const me = client();
    for (let i = 0; i < 10; i++)
      await expect(
        pairDevice({ officeSlug: t.office.slug, code: `0000000${i}`, clientKey: me }, now),
      ).rejects.toMatchObject({ code: 'PAIRING_CODE_INVALID' });
    await expect(pairDevice({ officeSlug: t.office.slug, code, clientKey: me }, now)).rejects.toMatchObject({
      code: 'PAIRING_RATE_LIMITED',
      params: { minutes: 15 },
    });
    await expect(
      pairDevice({ officeSlug: t.office.slug, code, clientKey: client() }, now),
    ).resolves.toBeTruthy();
  });

  it('updates lastSeenAt at most once a minute', async () => {
    const t = await setup();
    const { code } = await createPairingCode(t.admin, { officeId: t.office.id, name: 'A' }, now);
    const { token, device } = await pairDevice({ officeSlug: t.office.slug, code, clientKey: client() }, now);
    const seen = async () =>
      (await prisma.kioskDevice.findUniqueOrThrow({ where: { id: device.id } })).lastSeenAt;
    await findKioskDevice(t.office.slug, token, new Date(now.getTime() + 30_000));
    expect(await seen()).toEqual(now);
    await findKioskDevice(t.office.slug, token, min(1));
    expect(await seen()).toEqual(min(1));
  });

  it('devices and settings are an administrator’s; changes are audited', async () => {
    const t = await setup();
    await expect(createPairingCode(t.clerk, { officeId: t.office.id, name: 'A' }, now)).rejects.toMatchObject(
      {
        code: 'FORBIDDEN',
      },
    );
    await expect(listKioskDevices(t.clerk)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      updateKioskSettings(t.clerk, {
        officeId: t.office.id,
        kioskEnabled: false,
        kioskEarlyMin: 5,
        kioskLateMin: 5,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await updateKioskSettings(t.admin, {
      officeId: t.office.id,
      kioskEnabled: false,
      kioskEarlyMin: 45,
      kioskLateMin: 5,
    });
    await updateWalkInSettings(t.admin, {
      categoryId: t.category.id,
      walkInEnabled: true,
      walkInStopMin: 20,
    });
    const mine = (await listKioskSettings(t.admin)).find((o) => o.id === t.office.id)!;
    expect(mine).toMatchObject({ kioskEnabled: false, kioskEarlyMin: 45, kioskLateMin: 5 });
    expect(mine.categories).toEqual([
      { id: t.category.id, name: t.category.name, letter: 'A', walkInEnabled: true, walkInStopMin: 20 },
    ]);
    const audit = await prisma.auditLog.findMany({
      where: { entityId: { in: [t.office.id, t.category.id] }, actorId: t.admin.id },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(['kiosk.settings', 'queue.walk-in-settings']);
  });
});
