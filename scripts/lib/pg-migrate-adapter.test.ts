import { describe, expect, it } from 'vitest';
import { poolConfigFromUrl } from './pg-migrate-adapter.mjs';

describe('poolConfigFromUrl', () => {
  it.each([
    [
      'postgresql://u:p%40ss@db.example:6543/termin?schema=app',
      { host: 'db.example', port: 6543, user: 'u', password: 'p@ss', database: 'termin' },
      'app',
    ],
    [
      'postgres://u@localhost/x',
      { host: 'localhost', port: 5432, user: 'u', password: undefined, database: 'x' },
      undefined,
    ],
  ])('%s', (url, config, schema) => {
    const parsed = poolConfigFromUrl(url);
    expect(parsed.config).toEqual(config);
    expect(parsed.config).not.toHaveProperty('connectionString');
    expect(parsed.schema).toBe(schema);
  });

  it('refuses other protocols with a clear message', () => {
    expect(() => poolConfigFromUrl('mysql://x@y/z')).toThrow(/postgresql:\/\//);
  });
});
