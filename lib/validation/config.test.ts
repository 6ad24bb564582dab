import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config';

const local = { DATABASE_URL: 'postgresql://postgres:x@127.0.0.1:54320/termin', TERMIN_EMBEDDED_DB: '1' };
const external = {
  DATABASE_URL: 'postgresql://termin:x@db.um.opole.pl/termin',
  AUTH_SECRET: 'a'.repeat(40),
  DATA_SECRET: 'd'.repeat(40),
  SMTP_URL: 'smtp://mail.um.opole.pl:25',
  APP_URL: 'https://termin.opole.pl/',
  TRUSTED_PROXY_HOPS: '1',
};

function problems(env: Record<string, string | undefined>): string[] {
  try {
    parseConfig(env);
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
}

describe('parseConfig', () => {
  it('needs nothing more in local mode, with working defaults', () => {
    const c = parseConfig(local);
    expect(c).toMatchObject({
      localMode: true,
      appUrl: 'http://localhost:3000',
      smtpUrl: undefined,
      peupBaseUrl: 'https://peup.um.opole.pl',
      sms: { gateway: 'none' },
    });
  });

  it('accepts a complete external configuration and trims the trailing slash', () => {
    expect(parseConfig(external)).toMatchObject({ localMode: false, appUrl: 'https://termin.opole.pl' });
  });

  it.each([
    ['DATABASE_URL', { ...external, DATABASE_URL: undefined }, /DATABASE_URL: DATABASE_URL jest wymagany/],
    ['AUTH_SECRET', { ...external, AUTH_SECRET: undefined }, /AUTH_SECRET: AUTH_SECRET jest wymagany/],
    ['DATA_SECRET', { ...external, DATA_SECRET: undefined }, /DATA_SECRET: DATA_SECRET jest wymagany/],
    [
      'short data secret',
      { ...external, DATA_SECRET: 'short' },
      /DATA_SECRET musi mieć co najmniej 32 znaki/,
    ],
    ['SMTP_URL', { ...external, SMTP_URL: '' }, /SMTP_URL: SMTP_URL jest wymagany/],
    ['APP_URL', { ...external, APP_URL: undefined }, /APP_URL: APP_URL jest wymagany/],
    ['short secret', { ...external, AUTH_SECRET: 'short' }, /co najmniej 32 znaki/],
    ['bad APP_URL', { ...external, APP_URL: 'termin.opole.pl' }, /APP_URL musi być pełnym adresem URL/],
    ['bad SMTP_URL', { ...external, SMTP_URL: 'mail.um.opole.pl' }, /SMTP_URL musi mieć postać/],
    ['bad DATABASE_URL', { ...external, DATABASE_URL: 'mysql://x' }, /postgresql:\/\//],
    ['smsapi without token', { ...local, SMS_GATEWAY: 'smsapi' }, /SMSAPI_TOKEN jest wymagany/],
  ])('reports %s with one clear line', (_name, env, message) => {
    const p = problems(env);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(message);
  });

  it('lists every problem at once', () => {
    expect(problems({ DATABASE_URL: external.DATABASE_URL })).toHaveLength(5);
  });
});

describe('HOLD_LIMIT_PER_HOUR', () => {
  it('defaults to 10 and accepts a whole number', () => {
    expect(parseConfig(local).holdLimitPerHour).toBe(10);
    expect(parseConfig({ ...local, HOLD_LIMIT_PER_HOUR: '25' }).holdLimitPerHour).toBe(25);
  });
  it('refuses anything else with a clear line', () => {
    expect(problems({ ...local, HOLD_LIMIT_PER_HOUR: 'dużo' })).toEqual([
      'HOLD_LIMIT_PER_HOUR: HOLD_LIMIT_PER_HOUR musi być liczbą',
    ]);
  });
});

describe('SMS_COUNTRIES', () => {
  it('defaults to Poland and Ukraine and reads a comma-separated list in any case', () => {
    expect(parseConfig(local).smsCountries).toEqual(['PL', 'UA']);
    expect(parseConfig({ ...local, SMS_COUNTRIES: 'pl, ua,DE,pl' }).smsCountries).toEqual(['PL', 'UA', 'DE']);
  });
  it('refuses anything but two-letter codes with a clear line', () => {
    expect(problems({ ...local, SMS_COUNTRIES: 'Polska' })).toEqual([
      'SMS_COUNTRIES: SMS_COUNTRIES to dwuliterowe kody krajów (ISO 3166) oddzielone przecinkami, np. PL,UA',
    ]);
    expect(problems({ ...local, SMS_COUNTRIES: ',' })).toHaveLength(1);
  });
});

describe('TRUSTED_PROXY_HOPS', () => {
  it('defaults to 0 (no proxy: the TCP peer) in local mode only', () => {
    expect(parseConfig(local).trustedProxyHops).toBe(0);
    expect(parseConfig(external).trustedProxyHops).toBe(1);
    expect(parseConfig({ ...external, TRUSTED_PROXY_HOPS: '0' }).trustedProxyHops).toBe(0);
    expect(parseConfig({ ...local, TRUSTED_PROXY_HOPS: '2' }).trustedProxyHops).toBe(2);
  });
  it('must be set explicitly outside local mode', () => {
    const p = problems({ ...external, TRUSTED_PROXY_HOPS: undefined });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(
      /^TRUSTED_PROXY_HOPS: TRUSTED_PROXY_HOPS jest wymagany.*1 za nginx, 2 za CDN i nginx/,
    );
  });
  it.each(['-1', '6', '1.5', 'nginx', ' 1'])('refuses %j with a clear line', (value) => {
    expect(problems({ ...local, TRUSTED_PROXY_HOPS: value })).toEqual([
      expect.stringMatching(
        /^TRUSTED_PROXY_HOPS: TRUSTED_PROXY_HOPS musi być liczbą całkowitą od 0 do 5 — ile serwerów/,
      ),
    ]);
  });
});

describe('TERMIN_BENCH', () => {
  it('is off unless set to 1, and refuses any other value', () => {
    expect(parseConfig(local).bench).toBe(false);
    expect(parseConfig({ ...local, TERMIN_BENCH: '1' }).bench).toBe(true);
    expect(problems({ ...local, TERMIN_BENCH: 'yes' })).toHaveLength(1);
  });
});
