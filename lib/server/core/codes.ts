import 'server-only';
import crypto from 'node:crypto';
import { formatConfirmationCode, formatKioskCode, formatReference } from '@/lib/domain/codes';
import { dataKey } from './keys';

export const newReference = (officeLetter: string) => formatReference(officeLetter, crypto.randomBytes(6));
export const newKioskCode = () => formatKioskCode(crypto.randomBytes(8));
export const newConfirmationCode = () => formatConfirmationCode(crypto.randomBytes(6));
/** 32 bytes for the manage link: unguessable; only its hash is stored. */
export const newToken = () => crypto.randomBytes(32).toString('base64url');

/** The manage link's token is 32 random bytes: a plain SHA-256 is enough to store it. */
export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/**
 * Keyed hash of a confirmation code, salted by the booking so equal codes hash differently. An
 * HMAC under a key derived from DATA_SECRET: a plain hash of 6 digits is undone by trying all
 * million of them, so without the key the database reveals nothing (docs/decisions/016).
 */
export function hashSecret(secret: string, salt: string): string {
  return crypto.createHmac('sha256', dataKey('confirmation-code')).update(`${salt}:${secret}`).digest('hex');
}

export function secretsEqual(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && crypto.timingSafeEqual(ba, bb);
}
