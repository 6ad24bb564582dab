import 'server-only';
import crypto from 'node:crypto';
import { cookieOptions } from '@/lib/server/core/cookie-options';
import { dataKey } from '@/lib/server/core/keys';

// A browser where an account signed in before is that account's known device: waits earned by
// wrong passwords from other browsers at the same address do not apply to it
// (docs/decisions/028-sign-in-throttling.md). The cookie lists up to MAX_ACCOUNTS signed entries
// (a counter's computer is shared), newest first: 16 bytes of staff id, 4 of the sign-in time
// in seconds, 16 of HMAC-SHA256 under a key of its own from DATA_SECRET; base64url, 48
// characters each, joined by dots. Nothing is stored on the server.

export const KNOWN_DEVICE_COOKIE = 'termin-urzadzenie';
/** A sign-in keeps its browser known this long (renewed by every sign-in there). */
export const KNOWN_DEVICE_MAX_AGE = 365 * 24 * 60 * 60;
const MAX_ACCOUNTS = 5;
const ENTRY = /^[A-Za-z0-9_-]{48}$/;

function mac(body: Buffer): Buffer {
  return crypto.createHmac('sha256', dataKey('known-device')).update(body).digest().subarray(0, 16);
}

function issue(staffId: string, now: Date): string {
  const body = Buffer.alloc(20);
  Buffer.from(staffId.replaceAll('-', ''), 'hex').copy(body);
  body.writeUInt32BE(Math.floor(now.getTime() / 1000), 16);
  return Buffer.concat([body, mac(body)]).toString('base64url');
}

/** The account and sign-in time of a well-signed entry that is still valid at `now`, else null. */
function read(entry: string, now: Date): { staffHex: string; entry: string } | null {
  if (!ENTRY.test(entry)) return null;
  const raw = Buffer.from(entry, 'base64url');
  const body = raw.subarray(0, 20);
  if (!crypto.timingSafeEqual(mac(body), raw.subarray(20))) return null;
  const age = now.getTime() / 1000 - body.readUInt32BE(16);
  // A minute of clock skew between servers; never one from the future beyond that.
  if (age > KNOWN_DEVICE_MAX_AGE || age < -60) return null;
  return { staffHex: body.subarray(0, 16).toString('hex'), entry };
}

function validEntries(cookie: string | null | undefined, now: Date) {
  if (!cookie || cookie.length > 1_000) return [];
  return cookie
    .split('.')
    .slice(0, MAX_ACCOUNTS)
    .map((e) => read(e, now))
    .filter((e) => e !== null);
}

const hexOf = (staffId: string) => staffId.replaceAll('-', '').toLowerCase();

/**
 * This browser's id as a known device of `staffId` (a hash of its entry, never the entry), or
 * null when its cookie holds no valid sign-in of theirs.
 */
export function findKnownDevice(
  cookie: string | null | undefined,
  staffId: string,
  now: Date,
): string | null {
  const mine = validEntries(cookie, now).find((e) => e.staffHex === hexOf(staffId));
  return mine ? crypto.createHash('sha256').update(mine.entry).digest('hex').slice(0, 32) : null;
}

/** The cookie after `staffId` signed in at `now`: their entry renewed and first, others kept. */
export function rememberDevice(cookie: string | null | undefined, staffId: string, now: Date): string {
  const others = validEntries(cookie, now).filter((e) => e.staffHex !== hexOf(staffId));
  return [issue(staffId, now), ...others.map((e) => e.entry)].slice(0, MAX_ACCOUNTS).join('.');
}

/** Sent with the sign-in form's post and with posts straight to next-auth's endpoint. */
export function knownDeviceCookieOptions() {
  return cookieOptions({ path: '/', maxAge: KNOWN_DEVICE_MAX_AGE });
}

/** One cookie's value from a request's Cookie header (the sign-in sees only the headers). */
export function cookieFrom(headers: Headers, name: string): string | null {
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
