import 'server-only';
import { hashSecret } from '@/lib/server/core/codes';

/** A pairing code lives 15 minutes and works once. */
export const PAIRING_MINUTES = 15;

/**
 * Wrong pairing codes an office takes, from all addresses together, between two codes an
 * administrator creates (decision 029): past it pairing there stops and its live codes are void.
 * 20 guesses at 10^8 codes; the per-address limit alone would let a /48 of IPv6 try 655,360.
 */
export const PAIRING_CEILING = 20;

/**
 * Keyed hash of an 8-digit pairing code (the confirmation code's HMAC, salted by purpose and
 * office): equal codes of two offices hash differently, and the database alone reveals nothing.
 */
export const hashPairingCode = (code: string, officeId: string) =>
  hashSecret(code, `kiosk-pairing:${officeId}`);
