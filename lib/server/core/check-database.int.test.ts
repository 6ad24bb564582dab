// A database of its own: the counts must be this test's alone.
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { createMigratedDatabase } from '@/lib/testing/databases';

const own = vi.hoisted(() => ({
  db: undefined as Awaited<ReturnType<typeof createMigratedDatabase>> | undefined,
}));
vi.mock('./db', async () => {
  const { createMigratedDatabase } = await import('@/lib/testing/databases');
  own.db = await createMigratedDatabase('health');
  return { prisma: own.db.prisma };
});

const { prisma } = await import('./db');
const { checkOutbox } = await import('./check-database');
const { GET } = await import('@/app/api/health/route');
const live = await import('@/app/api/health/live/route');

afterAll(() => own.db?.drop());

const now = new Date('2026-12-01T12:00:00Z');
const ago = (min: number) => new Date(now.getTime() - min * 60_000);

describe('/api/health', () => {
  it('reports the outbox backlog, its oldest message’s age and the failures not yet dealt with', async () => {
    expect(await checkOutbox(now)).toEqual({ pending: 0, oldestPendingSeconds: 0, failed: 0 });
    const row = (status: 'PENDING' | 'SENT' | 'FAILED' | 'CANCELLED', createdAt: Date, handledAt?: Date) => ({
      channel: 'EMAIL' as const,
      template: 'test',
      recipient: 'jan@example.com',
      payload: { text: '…' },
      status,
      createdAt,
      expiresAt: new Date(now.getTime() + 3600_000),
      handledAt,
    });
    await prisma.outboxMessage.createMany({
      data: [
        row('PENDING', ago(10)),
        row('PENDING', ago(2)),
        row('SENT', ago(60)),
        row('CANCELLED', ago(60)),
        row('FAILED', ago(90)),
        row('FAILED', ago(90), ago(30)), // re-sent or closed by an administrator
      ],
    });
    expect(await checkOutbox(now)).toEqual({ pending: 2, oldestPendingSeconds: 600, failed: 1 });

    const res = await GET();
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', database: { ok: true }, outbox: { pending: 2, failed: 1 } });
    expect(JSON.stringify(body)).not.toMatch(/version/i); // no longer tells the database's version
  });

  it('answers the one-query probe at /api/health/live, and 503 once the database is gone', async () => {
    const res = await live.GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    const spy = vi.spyOn(prisma, '$queryRaw').mockRejectedValueOnce(new Error('connection refused'));
    const down = await live.GET();
    spy.mockRestore();
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'degraded' });
  });
});
