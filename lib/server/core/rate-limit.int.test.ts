import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { prisma } from './db';
import { hitRateLimit } from './rate-limit';

afterAll(() => prisma.$disconnect());
const limit = { name: 'test', max: 3, windowMs: 60_000 };
const t0 = new Date('2026-12-01T08:00:00Z');
const at = (s: number) => new Date(t0.getTime() + s * 1000);

describe('hitRateLimit', () => {
  it('allows max hits per window, then says how long to wait, then starts a new window', async () => {
    const client = crypto.randomUUID();
    expect(await hitRateLimit(limit, client, at(0))).toBeNull();
    expect(await hitRateLimit(limit, client, at(1))).toBeNull();
    expect(await hitRateLimit(limit, client, at(2))).toBeNull();
    expect(await hitRateLimit(limit, client, at(10))).toBe(50);
    expect(await hitRateLimit(limit, crypto.randomUUID(), at(10))).toBeNull(); // another client
    expect(await hitRateLimit(limit, client, at(61))).toBeNull();
  });

  it('counts concurrent hits exactly', async () => {
    const client = crypto.randomUUID();
    const results = await Promise.all(Array.from({ length: 10 }, () => hitRateLimit(limit, client, at(0))));
    expect(results.filter((r) => r === null)).toHaveLength(3);
  });
});
