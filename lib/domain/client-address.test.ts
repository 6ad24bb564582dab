import { describe, expect, it } from 'vitest';
import { UNKNOWN_CLIENT, clientAddress, limitSubject } from './client-address';

describe('clientAddress', () => {
  it.each([
    // hops 0: the TCP peer, whatever the client wrote in X-Forwarded-For
    [0, '203.0.113.7', null, '203.0.113.7'],
    [0, '203.0.113.7', '198.51.100.1', '203.0.113.7'],
    [0, '203.0.113.7', '198.51.100.1, 192.0.2.9', '203.0.113.7'],
    [0, '::ffff:203.0.113.7', 'forged', '203.0.113.7'],
    [0, null, '198.51.100.1', UNKNOWN_CLIENT], // not run by scripts/server.mjs: one shared bucket
    // hops 1 (nginx appends $remote_addr): the last entry; a client's own entries are to its left
    [1, '10.0.0.2', '192.0.2.9', '192.0.2.9'],
    [1, '10.0.0.2', '198.51.100.1, 192.0.2.9', '192.0.2.9'],
    [1, '10.0.0.2', 'made-up, 1.1.1.1 ,192.0.2.9', '192.0.2.9'],
    [1, '10.0.0.2', null, '10.0.0.2'],
    // hops 2 (CDN + nginx): the second entry from the right, the one the CDN appended
    [2, '10.0.0.2', '198.51.100.1, 192.0.2.9, 10.0.0.1', '192.0.2.9'],
    [2, '10.0.0.2', '1.2.3.4, 5.6.7.8, 192.0.2.9, 10.0.0.1', '192.0.2.9'],
    // fewer entries than hops (the CDN was skipped): the leftmost, appended by the proxy it reached
    [2, '10.0.0.2', '192.0.2.9', '192.0.2.9'],
    // what a trusted proxy would never append counts as the shared unknown bucket
    [1, '10.0.0.2', 'unknown', UNKNOWN_CLIENT],
    // behind a proxy, a peer with a public address got round it: its own header is not believed
    [1, '203.0.113.7', '198.51.100.1', '203.0.113.7'],
    [2, '2001:db8:1:2::5', '198.51.100.1, 192.0.2.9', '2001:db8:1:2::/64'],
    // proxies on this machine or the city's network are believed
    [1, '127.0.0.1', '192.0.2.9', '192.0.2.9'],
    [1, '::1', '192.0.2.9', '192.0.2.9'],
    [1, '::ffff:172.20.0.3', '192.0.2.9', '192.0.2.9'],
    [1, 'fd00:1::3', '192.0.2.9', '192.0.2.9'],
    [1, '100.64.0.1', '192.0.2.9', '192.0.2.9'],
  ])('hops %i, peer %s, X-Forwarded-For %s → %s', (hops, peer, forwardedFor, expected) => {
    expect(clientAddress({ hops, peer, forwardedFor })).toBe(expected);
  });

  it('gives a fresh X-Forwarded-For per request no fresh address with hops 0 or 1', () => {
    const forged = Array.from({ length: 14 }, (_, i) => `198.51.100.${i}`);
    expect(
      new Set(forged.map((f) => clientAddress({ hops: 0, peer: '192.0.2.9', forwardedFor: f }))),
    ).toEqual(new Set(['192.0.2.9']));
    expect(
      new Set(
        forged.map((f) => clientAddress({ hops: 1, peer: '10.0.0.2', forwardedFor: `${f}, 192.0.2.9` })),
      ),
    ).toEqual(new Set(['192.0.2.9']));
  });
});

describe('limitSubject', () => {
  it.each([
    ['192.0.2.9', '192.0.2.9'],
    ['192.0.2.9:51234', '192.0.2.9'],
    // IPv6 by its /64: the whole prefix one household or phone gets is one client
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:DB8:1:2::1', '2001:db8:1:2::/64'],
    ['[2001:db8:1:2::1]:443', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:0db8:0000:0002:0000:0000:0000:0001', '2001:db8:0:2::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    // IPv4-mapped IPv6 is the IPv4 client
    ['::ffff:192.0.2.9', '192.0.2.9'],
    ['::FFFF:c000:0209', '192.0.2.9'],
    ['0:0:0:0:0:ffff:192.0.2.9', '192.0.2.9'],
    // not an address
    ['', UNKNOWN_CLIENT],
    ['localhost', UNKNOWN_CLIENT],
    ['1.2.3.999', UNKNOWN_CLIENT],
    ['2001:db8::g', UNKNOWN_CLIENT],
  ])('%s → %s', (raw, expected) => {
    expect(limitSubject(raw)).toBe(expected);
  });

  it('different /64s are different clients, the same /64 is one', () => {
    expect(limitSubject('2001:db8:1:2::1')).toBe(limitSubject('2001:db8:1:2:abcd::9'));
    expect(limitSubject('2001:db8:1:2::1')).not.toBe(limitSubject('2001:db8:1:3::1'));
  });
});
