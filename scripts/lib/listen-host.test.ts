import { describe, expect, it } from 'vitest';
import { listenHost } from './listen-host.mjs';

describe('listenHost', () => {
  it.each([
    ['local mode: the loopback only (the mailbox shows codes)', {}, '127.0.0.1'],
    ['local mode, opened on purpose', { LISTEN_HOST: '0.0.0.0' }, '0.0.0.0'],
    ['own database: every interface', { DATABASE_URL: 'postgresql://x@db/termin' }, undefined],
    [
      'own database behind nginx',
      { DATABASE_URL: 'postgresql://x@db/termin', LISTEN_HOST: '127.0.0.1' },
      '127.0.0.1',
    ],
  ])('%s', (_name, env, host) => expect(listenHost(env)).toBe(host));
});
