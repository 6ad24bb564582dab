import 'server-only';
import { hashSecret } from '@/lib/server/core/codes';

/** A pairing code lives 15 minutes and works once. */
export const PAIRING_MINUTES = 15;

/**
 * Keyed hash of an 8-digit pairing code (the confirmation code's HMAC, salted by purpose and
 * office): equal codes of two offices hash differently, and the database alone reveals nothing.
 */
export const hashPairingCode = (code: string, officeId: string) =>
  hashSecret(code, `kiosk-pairing:${officeId}`);
