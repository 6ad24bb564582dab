import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, parseRetentionDays } from './config';

const local = { DATABASE_URL: 'postgresql://postgres:x@127.0.0.1:54320/termin', TERMIN_EMBEDDED_DB: '1' };

describe('RETENTION_DAYS', () => {
  it('defaults to 14 days and takes a whole number of days', () => {
    expect(parseConfig(local).retentionDays).toBe(14);
    expect(parseConfig({ ...local, RETENTION_DAYS: '30' }).retentionDays).toBe(30);
    expect(parseRetentionDays({})).toBe(14);
    expect(parseRetentionDays({ RETENTION_DAYS: '7' })).toBe(7);
  });

  it.each(['0', '-3', '2.5', 'dwa tygodnie', '366'])('refuses %s with one clear line', (value) => {
    for (const parse of [
      () => parseConfig({ ...local, RETENTION_DAYS: value }),
      () => parseRetentionDays({ RETENTION_DAYS: value }),
    ]) {
      let problems: string[] = [];
      try {
        parse();
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        problems = e.problems;
      }
      expect(problems).toEqual([
        expect.stringMatching(/^RETENTION_DAYS: RETENTION_DAYS musi być liczbą całkowitą dni od 1 do 365/),
      ]);
    }
  });
});
