import 'server-only';
import crypto from 'node:crypto';
import { getConfig } from './config';
import { translator } from '@/lib/i18n/translator';

/**
 * What each key derived from DATA_SECRET is for. One purpose, one key: a key that encrypts
 * queued messages never doubles as the one that hashes contacts.
 */
export type KeyPurpose =
  'outbox-secrets' | 'contact-hash' | 'confirmation-code' | 'live-ticket' | 'known-device';

const cache = new Map<KeyPurpose, Buffer>();

/** A 32-byte key for one purpose, derived from DATA_SECRET with HKDF-SHA256. */
export function dataKey(purpose: KeyPurpose): Buffer {
  let key = cache.get(purpose);
  if (!key) {
    const secret = getConfig().dataSecret;
    const t = translator();
    if (!secret) throw new Error(t('validation.config.dataSecretMissing'));
    key = Buffer.from(crypto.hkdfSync('sha256', secret, 'termin', purpose, 32));
    cache.set(purpose, key);
  }
  return key;
}
