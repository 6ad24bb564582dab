import crypto from 'node:crypto';
import { renderToStaticMarkup } from 'react-dom/server';
import { type ReactNode, createElement } from 'react';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import { pairDevice } from '@/lib/server/queue/pair-device';
import { PAIRING_CEILING } from '@/lib/server/queue/pairing-code';
import { WithIntl } from '@/lib/testing/intl';
import { createTestCategory, createTestKiosk } from '@/lib/testing/fixtures';
import { type TestSession, createTestStaff, form, sessionOf } from '@/lib/testing/staff';
import { createPairingCodeAction, revokeKioskDeviceAction } from './actions';
import KioskAdminPage from './page';

const session = vi.hoisted(() => ({ current: null as TestSession | null }));
vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => session.current }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock('next-intl/server', () => import('@/lib/testing/intl'));
const withWords = (node: ReactNode) => createElement(WithIntl, null, node);

afterAll(() => prisma.$disconnect());
afterEach(() => {
  session.current = null;
});

const page = async (biuro: string) =>
  renderToStaticMarkup(withWords(await KioskAdminPage({ searchParams: Promise.resolve({ biuro }) })));
const PAUSED = `Parowanie wstrzymane po ${PAIRING_CEILING} błędnych kodach`;

describe('/admin/biletomat', () => {
  it('says why pairing stopped at an office, until an administrator creates a new code', async () => {
    const t = await createTestCategory();
    session.current = sessionOf(await createTestStaff('ADMIN'));
    expect(await page(t.office.slug)).not.toContain(PAUSED);
    for (let i = 0; i < PAIRING_CEILING; i++)
      await pairDevice({
        officeSlug: t.office.slug,
        code: '00000000',
        clientKey: crypto.randomBytes(8).toString('hex'),
      }).catch(() => {});
    const paused = await page(t.office.slug);
    expect(paused).toContain(PAUSED);
    expect(paused).toContain('Utwórz nowy kod, aby je wznowić.');
    const created = await createPairingCodeAction(null, form({ officeId: t.office.id, name: 'Wejście' }));
    expect(created).toMatchObject({ ok: true });
    expect(await page(t.office.slug)).not.toContain(PAUSED);
  });

  it('"Odłącz" answers which device it unpaired, in the live region above the list', async () => {
    const t = await createTestCategory();
    const { device } = await createTestKiosk(t.office);
    session.current = sessionOf(await createTestStaff('ADMIN'));
    expect(await revokeKioskDeviceAction(null, form({ deviceId: device.id }))).toEqual({
      ok: true,
      message: `Odłączono urządzenie „${device.name}”. Nie wyda już żadnego biletu.`,
    });
    // Done already: said, not an error page.
    expect(await revokeKioskDeviceAction(null, form({ deviceId: device.id }))).toMatchObject({ ok: false });
    // Every row's button posts the one form around the list, whose answer outlives the row's button.
    const other = await createTestKiosk(t.office);
    const html = await page(t.office.slug);
    const list = /<form[^>]*>((?:(?!<\/form>).)*name="deviceId"(?:(?!<\/form>).)*)<\/form>/s.exec(html)?.[1];
    expect(list).toContain('aria-live="polite"');
    expect(list).toContain(`value="${other.device.id}"`);
    expect(list).toContain('odłączone');
  });
});
