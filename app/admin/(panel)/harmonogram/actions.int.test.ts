// The schedule forms as the browser posts them: field names, Polish messages, the impact list
// travelling back to the form, and "zapisz i odwołaj" posted from it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addDays, atLocalTime, isoWeekday, localDateOf, parseHm } from '@/lib/domain/time';
import { prisma } from '@/lib/server/core/db';
import type { FormState } from '@/lib/validation/form-state';
import { createTestBooking, createTestCategory } from '@/lib/testing/fixtures';
import { type TestSession, createTestStaff, form, sessionOf } from '@/lib/testing/staff';
import { addClosureAction, removeClosureAction, saveHorizonAction, saveRulesAction } from './actions';

const session = vi.hoisted(() => ({ current: null as TestSession | null }));
vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => session.current }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

afterAll(() => prisma.$disconnect());

/** A Tuesday at least a week ahead: within the 30-day horizon, never today. */
const tuesday = (() => {
  let d = addDays(localDateOf(new Date()), 7);
  while (isoWeekday(d) !== 2) d = addDays(d, 1);
  return d;
})();

/** The rules table as the page draws it for the fixture (Mon–Fri 08:00–12:00, 15 min, 3 counters). */
function table(categoryId: string, change: Record<string, string> = {}) {
  const rows: Record<string, string> = {};
  [1, 2, 3, 4, 5].forEach((weekday, n) =>
    Object.assign(rows, {
      [`r${n}.weekday`]: String(weekday),
      [`r${n}.opens`]: '08:00',
      [`r${n}.closes`]: '12:00',
      [`r${n}.slot`]: '15',
      [`r${n}.counters`]: '3',
      [`r${n}.from`]: '',
      [`r${n}.to`]: '',
    }),
  );
  // Empty "add a block" row for Saturday.
  Object.assign(rows, {
    'r5.weekday': '6',
    'r5.opens': '',
    'r5.closes': '',
    'r5.slot': '15',
    'r5.counters': '3',
  });
  return form({ categoryId, ...rows, ...change });
}

const errors = (s: FormState) => (s && !s.ok ? s.fieldErrors : undefined);

let t: Awaited<ReturnType<typeof createTestCategory>>;
beforeAll(async () => {
  t = await createTestCategory();
  session.current = sessionOf(await createTestStaff('ADMIN'));
});

describe('rules form', () => {
  it.each([
    [{ 'r1.closes': '07:00' }, 'r1.closes', 'Godzina zamknięcia musi być późniejsza niż otwarcia (08:00).'],
    [{ 'r1.closes': '' }, 'r1.closes', 'Podaj godzinę zamknięcia.'],
    [{ 'r1.opens': '8.00' }, 'r1.opens', 'Wpisz godzinę w formacie GG:MM, np. 07:30.'],
    [{ 'r1.slot': '3' }, 'r1.slot', 'Wizyta musi trwać co najmniej 5 minut.'],
    [{ 'r1.slot': '' }, 'r1.slot', 'Podaj długość wizyty w pełnych minutach.'],
    [{ 'r1.slot': '300' }, 'r1.slot', 'Wizyta może trwać najwyżej 240 minut.'],
    [
      { 'r1.slot': '25' },
      'r1.slot',
      'Od 08:00 do 12:00 (4 h) nie mieści się pełna liczba wizyt po 25 min — ostatnie 15 min przepadłoby. Zmień godzinę zamknięcia lub długość wizyty.',
    ],
    [{ 'r1.counters': '0' }, 'r1.counters', 'Liczba stanowisk musi być liczbą całkowitą od 1 do 50.'],
    [{ 'r1.counters': '51' }, 'r1.counters', 'Liczba stanowisk musi być liczbą całkowitą od 1 do 50.'],
    [{ 'r1.from': '2027-02-30' }, 'r1.from', 'Podaj poprawną datę.'],
    [
      { 'r1.from': '2027-06-01', 'r1.to': '2027-05-01' },
      'r1.to',
      'Data „obowiązuje do” nie może być wcześniejsza niż „obowiązuje od”.',
    ],
    [
      { 'r5.weekday': '2', 'r5.opens': '11:00', 'r5.closes': '13:00' },
      'r5.opens',
      'Ten blok nachodzi na blok 08:00–12:00 we wtorek.',
    ],
  ])('refuses %j with a message next to %s', async (change, field, message) => {
    const state = await saveRulesAction(null, table(t.category.id, change));
    expect(state).toMatchObject({ ok: false, message: 'Popraw zaznaczone pola.' });
    expect(errors(state)?.[field]).toEqual([message]);
    expect(state?.values?.[Object.keys(change)[0]!]).toBe(Object.values(change)[0]); // kept as typed
  });

  it('saves a second block on a day, an added Saturday, and a removed Friday', async () => {
    const own = await createTestCategory();
    const state = await saveRulesAction(
      null,
      table(own.category.id, {
        'r5.opens': '09:00',
        'r5.closes': '12:00',
        'r6.weekday': '1',
        'r6.opens': '13:00',
        'r6.closes': '16:00',
        'r6.slot': '20',
        'r6.counters': '2',
        'r4.remove': 'on',
      }),
    );
    expect(state).toEqual({ ok: true, message: 'Zapisano godziny przyjęć.' });
    const rules = await prisma.openingRule.findMany({
      where: { categoryId: own.category.id },
      orderBy: [{ weekday: 'asc' }, { opensAt: 'asc' }],
    });
    expect(rules.map((r) => [r.weekday, r.opensAt, r.closesAt, r.slotMinutes, r.counters])).toEqual([
      [1, 480, 720, 15, 3],
      [1, 780, 960, 20, 2],
      [2, 480, 720, 15, 3],
      [3, 480, 720, 15, 3],
      [4, 480, 720, 15, 3],
      [6, 540, 720, 15, 3],
    ]);
  });

  it('returns the bookings a change would drop, then "zapisz i odwołaj" from the same form cancels them', async () => {
    const own = await createTestCategory();
    const booking = await createTestBooking(own, atLocalTime(tuesday, parseHm('11:30')));
    const shorter = { 'r1.closes': '10:00' };
    const refused = await saveRulesAction(null, table(own.category.id, shorter));
    expect(refused).toMatchObject({
      ok: false,
      message: expect.stringContaining('usunęłaby 1 wizytę'),
      impact: {
        confirmLabel: 'Zapisz i odwołaj 1 wizytę',
        rows: [
          expect.objectContaining({ id: booking.id, reference: booking.reference, matter: own.matter.name }),
        ],
      },
    });
    expect(refused?.values?.['r1.closes']).toBe('10:00');
    // Residents with an address are e-mailed: the address itself does not travel to the screen.
    expect((refused?.ok === false ? refused.impact : undefined)?.rows[0]).toMatchObject({
      byEmail: true,
      phone: null,
    });
    expect(JSON.stringify(refused)).not.toContain(booking.email!);

    const confirm = { ...shorter, confirm: '1', expected: booking.id };
    const noReason = await saveRulesAction(null, table(own.category.id, confirm));
    expect(errors(noReason)?.cancelReason?.[0]).toMatch(/Podaj powód odwołania wizyt/);
    expect((noReason?.ok === false ? noReason.impact : undefined)?.rows).toHaveLength(1); // the list stays on screen

    const done = await saveRulesAction(
      null,
      table(own.category.id, { ...confirm, cancelReason: 'krótsze godziny we wtorki' }),
    );
    expect(done).toMatchObject({ ok: true, message: expect.stringContaining('Odwołano 1 wizytę') });
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({
      status: 'CANCELLED',
      cancelReason: 'SCHEDULE_CHANGE',
      cancelNote: 'krótsze godziny we wtorki',
    });
  });
});

describe('horizon form', () => {
  it.each(['0', '366', '2.5', 'abc'])('refuses %s days', async (days) => {
    const state = await saveHorizonAction(null, form({ categoryId: t.category.id, horizonDays: days }));
    expect(errors(state)?.horizonDays).toEqual(['Podaj liczbę dni od 1 do 365.']);
  });

  it('saves a valid number', async () => {
    const own = await createTestCategory();
    const state = await saveHorizonAction(null, form({ categoryId: own.category.id, horizonDays: '45' }));
    expect(state).toMatchObject({ ok: true, message: 'Zapisano: terminy są udostępniane 45 dni naprzód.' });
  });
});

describe('closure form', () => {
  const closure = (change: Record<string, string>) =>
    form({
      categoryId: t.category.id,
      scope: 'category',
      fromDate: tuesday,
      toDate: '',
      reason: 'szkolenie',
      ...change,
    });

  it.each([
    [{ fromDate: '' }, 'fromDate', 'Podaj pierwszy dzień zamknięcia.'],
    [{ fromDate: '2027-13-01' }, 'fromDate', 'Podaj poprawną datę początkową (dzień, miesiąc, rok).'],
    [{ toDate: '2027-02-29' }, 'toDate', 'Podaj poprawną datę końcową (dzień, miesiąc, rok).'],
    [{ toDate: addDays(tuesday, -1) }, 'toDate', 'Data końcowa nie może być wcześniejsza niż początkowa.'],
    [{ toDate: addDays(tuesday, 400) }, 'toDate', 'Jedno zamknięcie może trwać najwyżej rok.'],
    [{ reason: ' ' }, 'reason', 'Podaj powód zamknięcia — zobaczą go mieszkańcy w kalendarzu.'],
    [{ scope: 'wszystko' }, 'scope', 'Wybierz, czego dotyczy zamknięcie.'],
    [
      { fromDate: '2020-01-02' },
      'fromDate',
      'Nie można zamknąć dnia, który już minął. Podaj dzisiejszą lub późniejszą datę.',
    ],
  ])('refuses %j', async (change, field, message) => {
    const state = await addClosureAction(null, closure(change));
    expect(state?.ok).toBe(false);
    expect(errors(state)?.[field]).toEqual([message]);
  });

  it('closes one day (empty "do dnia"), and the remove button reopens it', async () => {
    const own = await createTestCategory();
    const state = await addClosureAction(
      null,
      form({
        categoryId: own.category.id,
        scope: 'category',
        fromDate: tuesday,
        toDate: '',
        reason: 'szkolenie',
      }),
    );
    expect(state).toMatchObject({ ok: true, message: expect.stringMatching(/^Zamknięto: Kategoria/) });
    const c = await prisma.closure.findFirstOrThrow({ where: { categoryId: own.category.id } });
    expect([c.fromDate.toISOString().slice(0, 10), c.toDate.toISOString().slice(0, 10)]).toEqual([
      tuesday,
      tuesday,
    ]);
    await expect(removeClosureAction(null, form({ closureId: c.id }))).resolves.toMatchObject({ ok: true });
    expect(await prisma.closure.count({ where: { id: c.id } })).toBe(0);
  });
});
