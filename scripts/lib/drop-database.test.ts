import { describe, expect, it } from 'vitest';
import { dropDatabase } from './drop-database.mjs';

function server(refusal?: { code: string }) {
  const sent: string[] = [];
  const query = async (sql: string) => {
    sent.push(sql);
    if (refusal && sent.length === 1) throw Object.assign(new Error('refused'), refusal);
  };
  return { sent, query };
}

describe('dropDatabase', () => {
  it('ends the sessions still connected', async () => {
    const s = server();
    await dropDatabase(s.query, 'scratch_1');
    expect(s.sent).toEqual(['DROP DATABASE IF EXISTS "scratch_1" WITH (FORCE)']);
  });

  it('drops without FORCE when a role that is not a superuser may not end a session (autovacuum)', async () => {
    const s = server({ code: '42501' });
    await dropDatabase(s.query, 'scratch_1');
    expect(s.sent).toEqual([
      'DROP DATABASE IF EXISTS "scratch_1" WITH (FORCE)',
      'DROP DATABASE IF EXISTS "scratch_1"',
    ]);
  });

  it('passes any other error on', async () => {
    const s = server({ code: '55006' });
    await expect(dropDatabase(s.query, 'scratch_1')).rejects.toThrow('refused');
    expect(s.sent).toHaveLength(1);
  });
});
