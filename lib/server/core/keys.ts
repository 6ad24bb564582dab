import 'server-only';
import crypto from 'node:crypto';
import { getConfig } from './config';

/**
 * What each key derived from DATA_SECRET is for. One purpose, one key: a key that encrypts
 * queued messages never doubles as the one that hashes contacts.
 */
export type KeyPurpose = 'outbox-secrets' | 'contact-hash' | 'confirmation-code' | 'live-ticket';

const cache = new Map<KeyPurpose, Buffer>();

/** A 32-byte key for one purpose, derived from DATA_SECRET with HKDF-SHA256. */
export function dataKey(purpose: KeyPurpose): Buffer {
  let key = cache.get(purpose);
  if (!key) {
    const secret = getConfig().dataSecret;
    if (!secret) throw new Error('DATA_SECRET nie jest ustawiony (wymagany poza trybem lokalnym).');
    key = Buffer.from(crypto.hkdfSync('sha256', secret, 'termin', purpose, 32));
    cache.set(purpose, key);
  }
  return key;
}
