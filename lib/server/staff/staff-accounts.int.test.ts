import { describe, expect, it, vi } from 'vitest';
import {
  type TestSession,
  TEST_PASSWORD,
  authenticateAnew,
  createTestStaff,
  expectRedirect,
  form,
  sessionOf,
} from '@/lib/testing/staff';
import { createTestCategory } from '@/lib/testing/fixtures';
import { prisma } from '@/lib/server/core/db';

const session = vi.hoisted(() => ({ current: null as TestSession | null }));
vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => session.current }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const actions = await import('@/app/admin/(panel)/konta/actions');
const { GET: exportCsv } = await import('@/app/admin/eksport/route');
const now = new Date();

describe('staff accounts (administrators)', () => {
  it('creates a clerk with a one-time password that signs in; the password is stored hashed only', async () => {
    const { office } = await createTestCategory();
    const admin = await createTestStaff('ADMIN');
    session.current = sessionOf(admin);
    const email = `nowy-${Date.now()}@um.opole.pl`;
    const r = await actions.createStaffAction(
      null,
      form({ email: email.toUpperCase(), name: 'Anna Nowak', role: 'CLERK', officeId: office.id }),
    );
    expect(r).toMatchObject({ ok: true });
    const password = /pokazywane tylko raz — przekaż je osobiście\): (\S+)$/.exec(r!.message!)![1]!;
    expect(password).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}$/);
    const who = await authenticateAnew(email, password, now);
    const row = await prisma.staffUser.findUniqueOrThrow({ where: { id: who.id } });
    expect(row).toMatchObject({ role: 'CLERK', officeId: office.id, name: 'Anna Nowak' });
    expect(
      JSON.stringify(
        await prisma.auditLog.findMany({ where: { entityId: who.id }, select: { action: true, data: true } }),
      ),
    ).not.toContain(password);
    // The same address again, and a clerk without an office, are refused with a reason.
    expect(
      await actions.createStaffAction(
        null,
        form({ email, name: 'Anna Nowak', role: 'CLERK', officeId: office.id }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { email: ['Konto z tym adresem e-mail już istnieje.'] },
    });
    expect(
      await actions.createStaffAction(null, form({ email: `x${email}`, name: 'Jan', role: 'CLERK' })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { officeId: ['Urzędnik musi mieć przypisane biuro.'] },
    });
  });

  it('deactivating ends the account’s sessions; the administrator cannot switch himself off', async () => {
    const admin = await createTestStaff('ADMIN');
    const clerk = await createTestStaff('CLERK');
    session.current = sessionOf(admin);
    expect(await actions.deactivateStaffAction(null, form({ id: clerk.id }))).toMatchObject({ ok: true });
    expect(await actions.deactivateStaffAction(null, form({ id: admin.id }))).toMatchObject({
      ok: false,
      message: 'Nie możesz wyłączyć własnego konta.',
    });
    session.current = sessionOf(clerk); // the clerk's old session
    await expectRedirect(actions.createStaffAction(null, form({})), '/admin/logowanie');
    await expect(authenticateAnew(clerk.email, TEST_PASSWORD, now)).rejects.toMatchObject({
      code: 'BAD_CREDENTIALS',
    });
    session.current = sessionOf(admin);
    expect(await actions.activateStaffAction(null, form({ id: clerk.id }))).toMatchObject({ ok: true });
    expect((await authenticateAnew(clerk.email, TEST_PASSWORD, now)).id).toBe(clerk.id);
  });

  it('resets a forgotten password', async () => {
    const admin = await createTestStaff('ADMIN');
    const clerk = await createTestStaff('CLERK');
    session.current = sessionOf(admin);
    const r = await actions.resetStaffPasswordAction(null, form({ id: clerk.id }));
    const password = /\(pokazywane tylko raz\): (\S+)$/.exec(r!.message!)![1]!;
    await expect(authenticateAnew(clerk.email, TEST_PASSWORD, now)).rejects.toMatchObject({
      code: 'BAD_CREDENTIALS',
    });
    expect((await authenticateAnew(clerk.email, password, now)).id).toBe(clerk.id);
    expect(
      await prisma.auditLog.count({ where: { entityId: clerk.id, action: 'staff.password-reset' } }),
    ).toBe(1);
  });
});

describe('CSV export route', () => {
  const url = (q: string) => new Request(`http://localhost/admin/eksport?${q}`);

  it('asks for sign-in without a session', async () => {
    session.current = null;
    await expectRedirect(exportCsv(url('od=2027-01-01&do=2027-01-31')), '/admin/logowanie');
  });

  it("gives a clerk only his own office's file, whatever office is asked for", async () => {
    const mine = await createTestCategory();
    const other = await createTestCategory();
    const clerk = await createTestStaff('CLERK', mine.office.id);
    session.current = sessionOf(clerk);
    const res = await exportCsv(url(`biuro=${other.office.slug}&od=2027-01-01&do=2027-01-31`));
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(
      `rezerwacje-${mine.office.slug}-2027-01-01-2027-01-31.csv`,
    );
  });

  it('sends a bad range back to the start page with the reason', async () => {
    const { office } = await createTestCategory();
    session.current = sessionOf(await createTestStaff('ADMIN'));
    await expectRedirect(
      exportCsv(url(`biuro=${office.slug}&od=2027-02-01&do=2027-01-01`)),
      /eksport=reversed/,
    );
    await expectRedirect(
      exportCsv(url(`biuro=${office.slug}&od=2027-02-30&do=2027-03-01`)),
      /eksport=bad-date/,
    );
    await expectRedirect(
      exportCsv(url(`biuro=${office.slug}&od=2025-01-01&do=2027-03-01`)),
      /eksport=too-long/,
    );
    // Year 0000 is a valid ISO date but not one JavaScript's date arithmetic survives.
    await expectRedirect(
      exportCsv(url(`biuro=${office.slug}&od=0000-01-01&do=0000-01-02`)),
      /eksport=bad-date/,
    );
  });
});
