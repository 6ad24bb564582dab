import type { MessageKey, MessageParams } from '@/lib/i18n/catalogue';
import { isMessageKey } from '@/lib/i18n/t';

// A zod message is a string, built when the schema is (before any request knows its language):
// a catalogue key, or a key with the parameters the check found (`mp`), put into words by
// fieldErrorsOf at the edge.

const SEPARATOR = ' ';

/** A key where only a string fits (a zod message): put into words at the edge by fieldErrorsOf. */
export function m(key: MessageKey): MessageKey {
  return key;
}

/** A schema message with parameters: `mp('validation.slotTooLong', { slot: 30 })`. */
export function mp(key: MessageKey, params: MessageParams): string {
  return `${key}${SEPARATOR}${JSON.stringify(params)}`;
}

/** The key and parameters of a schema message, or undefined for a message that is neither. */
export function messageOf(msg: string): { key: MessageKey; params?: MessageParams } | undefined {
  if (isMessageKey(msg)) return { key: msg };
  const at = msg.indexOf(SEPARATOR);
  const key = at < 0 ? '' : msg.slice(0, at);
  if (!isMessageKey(key)) return undefined;
  try {
    return { key, params: JSON.parse(msg.slice(at + 1)) as MessageParams };
  } catch {
    return undefined;
  }
}
