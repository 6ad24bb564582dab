import { isIPv4, isIPv6 } from 'node:net';

// Which client a per-address limit counts. The address is taken only from what the client cannot
// write: with no proxy in front (hops 0) the TCP peer, passed on by scripts/server.mjs; behind
// N trusted proxies the N-th X-Forwarded-For entry from the right, i.e. the one the outermost
// trusted proxy appended. Anything to its left is the client's own text. See
// docs/decisions/014-edge-security.md.

export type AddressSource = {
  /** The TCP peer as the custom server saw it, or null when not run by it. */
  peer: string | null;
  /** The X-Forwarded-For header as received (entries joined by commas). */
  forwardedFor: string | null;
  /** TRUSTED_PROXY_HOPS: how many proxies in front of the app append to X-Forwarded-For. */
  hops: number;
};

/** The bucket every request shares when no trustworthy address is known: limits fail closed. */
export const UNKNOWN_CLIENT = 'unknown';

/**
 * The client's address as a limit subject: an IPv4 address, an IPv6 /64 prefix ("2001:db8:1:2::/64",
 * a household or a phone on a mobile network gets a whole /64), or UNKNOWN_CLIENT.
 */
export function clientAddress({ peer, forwardedFor, hops }: AddressSource): string {
  if (hops <= 0) return limitSubject(peer);
  // A trusted proxy reaches the app from this machine or the city's own network: a peer with a
  // public address is a client that got round the proxy, and its X-Forwarded-For is its own text.
  const direct = limitSubject(peer);
  if (direct !== UNKNOWN_CLIENT && !isInternal(direct)) return direct;
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request skipped the outer ones; the leftmost entry is then
  // the one the first proxy it did pass appended (with none at all, the peer itself).
  if (entries.length === 0) return limitSubject(peer);
  return limitSubject(entries[Math.max(0, entries.length - hops)]!);
}

/** An address normalised to what one client controls: IPv4 as is, IPv6 by its /64. */
export function limitSubject(raw: string | null | undefined): string {
  const ip = stripDecorations(raw ?? '');
  if (isIPv4(ip)) return ip;
  if (!isIPv6(ip)) return UNKNOWN_CLIENT;
  const groups = expandIPv6(ip);
  const mapped = mappedIPv4(groups);
  if (mapped) return mapped;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/**
 * Loopback, private (RFC 1918, shared 100.64/10), link-local, and IPv6 loopback, unique-local
 * (fc00::/7) and link-local (fe80::/10): where a reverse proxy of the city's can stand.
 */
function isInternal(subject: string): boolean {
  if (isIPv4(subject)) {
    const [a, b] = subject.split('.').map(Number) as [number, number];
    return (
      a === 127 ||
      a === 10 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  const first = parseInt(subject.split(':')[0] || '0', 16);
  return subject.startsWith('0:0:0:0::') || (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80;
}

/** "[2001:db8::1]:443" → "2001:db8::1", "1.2.3.4:5678" → "1.2.3.4", "fe80::1%eth0" → "fe80::1". */
function stripDecorations(s: string): string {
  let ip = s.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(ip);
  if (bracketed) ip = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(':'));
  const zone = ip.indexOf('%');
  return zone === -1 ? ip : ip.slice(0, zone);
}

/** Eight 16-bit groups of a valid IPv6 address (an embedded dotted IPv4 tail becomes two). */
function expandIPv6(ip: string): number[] {
  let text = ip.toLowerCase();
  const v4 = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((g) => parseInt(g, 16));
}

/** ::ffff:a.b.c.d (IPv4-mapped) is the IPv4 client a.b.c.d, as a dual-stack socket reports it. */
function mappedIPv4(g: number[]): string | null {
  if (g.slice(0, 5).some((x) => x !== 0) || g[5] !== 0xffff) return null;
  return [g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255].join('.');
}
