import 'server-only';
import crypto from 'node:crypto';
import { dataKey } from '@/lib/server/core/keys';
import type { OutboxContent } from './enqueue-message';
import { translator } from '@/lib/i18n/translator';

// The confirmation code and the manage token never rest in clear (docs/decisions/016): a
// message's payload carries placeholders, and the values wait beside it encrypted with
// AES-256-GCM until the worker sends it; then (or when it is given up) they are deleted.

export type MessageSecrets = { code?: string; token?: string };
export type SecretName = keyof MessageSecrets;

const SLOT = { code: '{{secret:code}}', token: '{{secret:token}}' } as const;

/** Where a secret goes in a subject or text: `placeholder('token')` in the link, etc. */
export const placeholder = (name: SecretName) => SLOT[name];

/** What the local mailbox and the staff see where a secret was, once it is gone. */
export function removedSecrets(): Record<SecretName, string> {
  const t = translator();
  return { code: '••••••', token: t('notify.log.tokenRemoved') };
}

const VERSION = 'v1';

/**
 * Encrypts the secrets of one message, bound to its id (as associated data): a ciphertext copied
 * to another row does not decrypt there.
 */
export function encryptSecrets(secrets: MessageSecrets, messageId: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', dataKey('outbox-secrets'), iv);
  cipher.setAAD(Buffer.from(messageId));
  const body = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

export class SecretsUnreadable extends Error {
  constructor() {
    const t = translator();
    super(t('notify.log.secretsUnreadable'));
  }
}

/** The secrets back, or SecretsUnreadable when the key changed or the row was tampered with. */
export function decryptSecrets(sealed: string, messageId: string): MessageSecrets {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) throw new SecretsUnreadable();
  try {
    const decipher = crypto.createDecipheriv(
      'aes-256-gcm',
      dataKey('outbox-secrets'),
      Buffer.from(iv, 'base64url'),
    );
    decipher.setAAD(Buffer.from(messageId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const plain = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as MessageSecrets;
  } catch {
    throw new SecretsUnreadable();
  }
}

/** The content with each placeholder replaced: the secret's value, or what `missing` says. */
export function fillSecrets(
  content: OutboxContent,
  secrets: MessageSecrets | null,
  missing: Record<SecretName, string> = removedSecrets(),
): OutboxContent {
  const fill = (s: string) =>
    (Object.keys(SLOT) as SecretName[]).reduce(
      (out, name) => out.replaceAll(SLOT[name], secrets?.[name] ?? missing[name]),
      s,
    );
  return {
    ...content,
    subject: content.subject === undefined ? undefined : fill(content.subject),
    text: fill(content.text),
    html: content.html === undefined ? undefined : fill(content.html),
  };
}

/** Whether a stored payload still needs secrets it no longer has (so it cannot be sent again). */
export function needsSecrets(content: OutboxContent): boolean {
  const all = [content.subject ?? '', content.text, content.html ?? ''].join('\n');
  return Object.values(SLOT).some((slot) => all.includes(slot));
}

/**
 * A payload queued before secrets were encrypted (the release before this one) carries the
 * manage link, and a code message its code, in clear: put the placeholders in their place once
 * it is sent, as the migration did for rows already sent (a 6-digit number not preceded by a
 * digit or '#', which would be an HTML colour).
 */
export function scrubClearSecrets(content: OutboxContent, template: string): OutboxContent {
  const scrub = (s: string) => {
    const link = s.replace(/\/wizyta\/[A-Za-z0-9_-]{20,}/g, `/wizyta/${SLOT.token}`);
    return template === 'confirmation-code' ? link.replace(/(?<![0-9#])[0-9]{6}(?![0-9])/g, SLOT.code) : link;
  };
  return {
    ...content,
    subject: content.subject === undefined ? undefined : scrub(content.subject),
    text: scrub(content.text),
    html: content.html === undefined ? undefined : scrub(content.html),
  };
}
