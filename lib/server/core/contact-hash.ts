import 'server-only';
import crypto from 'node:crypto';
import { dataKey } from './keys';

export type ContactKind = 'EMAIL' | 'PHONE';

/** A contact as blocks and the no-show rule compare it: lower-case e-mail, E.164 phone. */
export function normaliseContact(kind: ContactKind, value: string): string {
  return kind === 'EMAIL' ? value.trim().toLowerCase() : value.trim();
}

/**
 * A keyed hash (HMAC-SHA256 with a key derived from DATA_SECRET) of a normalised contact. It lets
 * the no-show rule recognise a contact after the plain value was erased, and cannot be reversed
 * by guessing e-mail addresses or phone numbers without the server's secret.
 */
export function hashContact(kind: ContactKind, value: string): string {
  return crypto
    .createHmac('sha256', dataKey('contact-hash'))
    .update(`${kind}:${normaliseContact(kind, value)}`)
    .digest('hex');
}

/** The hashes a booking marked as a no-show keeps (null for a contact it does not have). */
export function contactHashesOf(b: { email?: string | null; phone?: string | null }) {
  return {
    emailHash: b.email ? hashContact('EMAIL', b.email) : null,
    phoneHash: b.phone ? hashContact('PHONE', b.phone) : null,
  };
}
