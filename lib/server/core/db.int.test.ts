import { afterAll, describe, expect, it } from 'vitest';
import { prisma } from './db';

afterAll(() => prisma.$disconnect());

describe('the Prisma client over @prisma/adapter-pg', () => {
  it('rolls a failed transaction back as a whole', async () => {
    await prisma.$executeRawUnsafe('CREATE TABLE IF NOT EXISTS tx_probe_t (v int UNIQUE)');
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.$executeRaw`INSERT INTO tx_probe_t (v) VALUES (1)`;
        await tx.$executeRaw`INSERT INTO tx_probe_t (v) VALUES (1)`; // violates UNIQUE
      }),
    ).rejects.toThrow();
    const rows = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM tx_probe_t`;
    expect(rows[0]!.n).toBe(0);
    await prisma.$executeRawUnsafe('DROP TABLE tx_probe_t');
  });
});
