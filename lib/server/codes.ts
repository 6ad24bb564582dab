import 'server-only';
import crypto from 'node:crypto';
import { formatConfirmationCode, formatKioskCode, formatReference } from '@/lib/domain/codes';

export const newReference = (officeLetter: string) => formatReference(officeLetter, crypto.randomBytes(6));
export const newKioskCode = () => formatKioskCode(crypto.randomBytes(8));
export const newConfirmationCode = () => formatConfirmationCode(crypto.randomBytes(6));
/** 32 bytes for the manage link: unguessable; only its hash is stored. */
export const newToken = () => crypto.randomBytes(32).toString('base64url');

/** Hash of a short code or token, keyed by the booking so equal codes hash differently. */
export function hashSecret(secret: string, salt: string): string {
  return crypto.createHash('sha256').update(`${salt}:${secret}`).digest('hex');
}

export function secretsEqual(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && crypto.timingSafeEqual(ba, bb);
}
