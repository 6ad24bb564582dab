// The queue's figures from real tickets: waiting (ticket → call) and service (call → served) per
// category and local hour, in the overview and in the CSV export.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/server/core/db';
import { callNextTicket } from '@/lib/server/queue/call-next-ticket';
import { finishTicket } from '@/lib/server/queue/finish-ticket';
import type { Staff } from '@/lib/server/staff/guard';
import { createTestCategory, createTestTicket } from '@/lib/testing/fixtures';
import { createTestStaff } from '@/lib/testing/staff';
import { exportQueueFiguresCsv } from './export-queue-figures';
import { loadQueueFigures } from './load-queue-figures';

vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => null }));
afterAll(() => prisma.$disconnect());

// Wednesday 2 December 2026, winter time: 08:00 UTC is 09:00 in Opole.
const at = (hm: string) => new Date(`2026-12-02T${hm}:00Z`);

describe('the queue’s figures', () => {
  it('per category and hour: mean and longest wait, mean service; totals; CSV with decimal commas', async () => {
    const t = await createTestCategory({ ticketPrefix: 'P' });
    const clerk: Staff = { ...(await createTestStaff('CLERK', t.office.id)), name: 'Urzędnik' };
    const scope = { officeId: t.office.id, counter: 1, categoryIds: [t.category.id] };
    // 09:00–10:00 in Opole: waits of 10 and 5 minutes, services of 12 and 9.
    const a = await createTestTicket(t, { issuedAt: at('08:00') });
    const b = await createTestTicket(t, { issuedAt: at('08:20') });
    // 10:00–11:00: one ticket called (a 30-minute wait), not yet served; one still waiting.
    await createTestTicket(t, { issuedAt: at('09:10') });
    await createTestTicket(t, { issuedAt: at('09:50') });
    expect((await callNextTicket(clerk, scope, at('08:10')))!.id).toBe(a.id);
    await finishTicket(clerk, { ticketId: a.id, counter: 1 }, at('08:22'));
    expect((await callNextTicket(clerk, scope, at('08:25')))!.id).toBe(b.id);
    await finishTicket(clerk, { ticketId: b.id, counter: 1 }, at('08:34'));
    await callNextTicket(clerk, scope, at('09:40'));

    const { categories, figures } = await loadQueueFigures(t.office.id, '2026-12-02', '2026-12-02');
    expect(categories).toEqual([{ id: t.category.id, name: t.category.name }]);
    expect(figures).toEqual([
      {
        categoryId: t.category.id,
        hour: 9,
        tickets: 2,
        called: 2,
        served: 2,
        waitAvg: 7.5,
        waitMax: 10,
        serviceAvg: 10.5,
      },
      {
        categoryId: t.category.id,
        hour: 10,
        tickets: 2,
        called: 1,
        served: 0,
        waitAvg: 30,
        waitMax: 30,
        serviceAvg: null,
      },
      {
        categoryId: t.category.id,
        hour: null,
        tickets: 4,
        called: 3,
        served: 2,
        waitAvg: 15,
        waitMax: 30,
        serviceAvg: 10.5,
      },
    ]);
    // Another day's range sees none of them.
    expect((await loadQueueFigures(t.office.id, '2026-12-03', '2026-12-31')).figures).toEqual([]);

    const csv = (await exportQueueFiguresCsv(t.office.id, '2026-12-01', '2026-12-02')).replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'Kategoria;Godzina pobrania biletu;Bilety;Wezwane;Obsłużone;Średnie oczekiwanie (min);Najdłuższe oczekiwanie (min);Średnia obsługa (min)',
    );
    expect(lines.slice(1)).toEqual([
      `${t.category.name};09:00;2;2;2;7,5;10;10,5`,
      `${t.category.name};10:00;2;1;0;30;30;`,
      `${t.category.name};razem;4;3;2;15;30;10,5`,
    ]);
  });
});
