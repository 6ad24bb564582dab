import { describe, expect, it } from 'vitest';
import { listenConnectionString } from './pg-listen';

describe('the connection LISTEN uses', () => {
  it('is DATABASE_LISTEN_URL when set (a transaction-mode pooler cannot hold a LISTEN), else DATABASE_URL', () => {
    const direct = 'postgresql://termin@db.internal:5432/termin';
    const pooled = 'postgresql://termin@pgbouncer.internal:6432/termin';
    expect(listenConnectionString({ DATABASE_URL: pooled, DATABASE_LISTEN_URL: direct })).toBe(direct);
    expect(listenConnectionString({ DATABASE_URL: direct })).toBe(direct);
    expect(listenConnectionString({ DATABASE_URL: direct, DATABASE_LISTEN_URL: '' })).toBe(direct);
  });
});
