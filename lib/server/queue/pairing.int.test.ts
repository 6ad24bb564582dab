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
import { PAIRING_CEILING } from './pairing-code';
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

  it('takes 20 wrong codes per office from all addresses, then pauses pairing until a new code', async () => {
    const t = await setup();
    const { code } = await createPairingCode(t.admin, { officeId: t.office.id, name: 'A' }, now);
    const other = (i: number) => String((Number(code) + 1 + i) % 100_000_000).padStart(8, '0');
    const pair = (c: string, at = min(1)) =>
      pairDevice({ officeSlug: t.office.slug, code: c, clientKey: client() }, at);
    // Each guess from an address of its own: the per-address limit never applies.
    for (let i = 0; i < PAIRING_CEILING; i++)
      await expect(pair(other(i))).rejects.toMatchObject({ code: 'PAIRING_CODE_INVALID' });
    // Paused: even the right code is refused now, and said why on the kiosk.
    await expect(pair(code)).rejects.toMatchObject({ code: 'PAIRING_PAUSED' });
    expect(await prisma.kioskDevice.count({ where: { officeId: t.office.id } })).toBe(0);
    const settings = async () => (await listKioskSettings(t.admin)).find((o) => o.id === t.office.id)!;
    expect((await settings()).pairingPaused).toEqual({ since: min(1), wrongCodes: PAIRING_CEILING });
    const audit = await prisma.auditLog.findMany({ where: { entity: 'Office', entityId: t.office.id } });
    expect(audit.map((a) => [a.action, a.data])).toEqual([
      ['kiosk.pairing-paused', { wrongCodes: PAIRING_CEILING, voidedCodes: 1 }],
    ]);
    // Another office pairs as before.
    const elsewhere = await createTestCategory();
    const theirs = await createPairingCode(t.admin, { officeId: elsewhere.office.id, name: 'B' }, now);
    await expect(
      pairDevice({ officeSlug: elsewhere.office.slug, code: theirs.code, clientKey: client() }, min(1)),
    ).resolves.toBeTruthy();

    // A new code resumes pairing; the code from before the pause stays void.
    const fresh = await createPairingCode(t.admin, { officeId: t.office.id, name: 'C' }, min(2));
    expect((await settings()).pairingPaused).toBeNull();
    await expect(pair(code, min(3))).rejects.toMatchObject({ code: 'PAIRING_CODE_INVALID' });
    await expect(pair(fresh.code, min(3))).resolves.toMatchObject({ device: { name: 'C' } });
  });

  it('of 60 wrong codes sent at once from 60 addresses, exactly 20 are compared', async () => {
    const t = await setup();
    const { code } = await createPairingCode(t.admin, { officeId: t.office.id, name: 'A' }, now);
    const wrong = code === '00000000' ? '00000001' : '00000000';
    const answers = await Promise.all(
      Array.from({ length: 60 }, () =>
        pairDevice({ officeSlug: t.office.slug, code: wrong, clientKey: client() }, min(1)).then(
          () => 'PAIRED',
          (e: { code?: string }) => e.code ?? String(e),
        ),
      ),
    );
    const tally = answers.reduce<Record<string, number>>((n, a) => ({ ...n, [a]: (n[a] ?? 0) + 1 }), {});
    expect(tally).toEqual({ PAIRING_CODE_INVALID: PAIRING_CEILING, PAIRING_PAUSED: 60 - PAIRING_CEILING });
    const office = await prisma.office.findUniqueOrThrow({ where: { id: t.office.id } });
    expect(office).toMatchObject({ kioskPairingFailures: PAIRING_CEILING, kioskPairingPausedAt: min(1) });
  });

  it('a right code does not use up one of the office’s guesses', async () => {
    const t = await setup();
    for (let i = 0; i < PAIRING_CEILING - 1; i++)
      await expect(
        pairDevice({ officeSlug: t.office.slug, code: '00000000', clientKey: client() }, now),
      ).rejects.toMatchObject({ code: 'PAIRING_CODE_INVALID' });
    const { code } = await createPairingCode(t.admin, { officeId: t.office.id, name: 'A' }, now);
    await pairDevice({ officeSlug: t.office.slug, code, clientKey: client() }, now);
    // The new code reset the count: 19 more wrong ones and the right code of another new one pairs.
    const second = await createPairingCode(t.admin, { officeId: t.office.id, name: 'B' }, now);
    const wrong = second.code === '00000000' ? '00000001' : '00000000';
    for (let i = 0; i < PAIRING_CEILING - 1; i++)
      await expect(
        pairDevice({ officeSlug: t.office.slug, code: wrong, clientKey: client() }, now),
      ).rejects.toMatchObject({ code: 'PAIRING_CODE_INVALID' });
    await expect(
      pairDevice({ officeSlug: t.office.slug, code: second.code, clientKey: client() }, now),
    ).resolves.toBeTruthy();
    expect((await prisma.office.findUniqueOrThrow({ where: { id: t.office.id } })).kioskPairingFailures).toBe(
      PAIRING_CEILING - 1,
    );
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
