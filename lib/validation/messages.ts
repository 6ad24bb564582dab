import type { ICUArgs, NestedValueOf } from 'next-intl';
import type { MessageKey } from '@/lib/i18n/catalogue';
import type { pl } from '@/lib/i18n/messages/pl';

// A zod message is a string, built when the schema is (before any request knows its language):
// always a catalogue key. Its parameters travel on the issue itself: a built-in check's own
// fields (too_big's `maximum` fills `{max}`, too_small's `minimum` fills `{min}`), or a custom
// issue's `params` (withParams). fieldErrorsOf puts both into words at the edge.

/** A key where only a string fits (a zod message): put into words at the edge by fieldErrorsOf. */
export function m(key: MessageKey): MessageKey {
  return key;
}

/** The parameters a key's sentence takes, as next-intl types them: `{x}` a string, a plural a number. */
export type ParamsOf<K extends MessageKey> = ICUArgs<
  NestedValueOf<typeof pl, K>,
  { ICUArgument: string; ICUNumberArgument: number; ICUDateArgument: Date }
>;

/** A custom issue's message and the parameters of its sentence (withParams). */
export type WithParams = { message: MessageKey; params: Record<string, unknown> };

/**
 * A custom issue's message and parameters, checked against the sentence:
 * `ctx.addIssue({ code: 'custom', path, ...withParams('validation.schedule.counters', { max: '50' }) })`
 * or `.refine(ok, withParams(key, params))`.
 */
export function withParams<K extends MessageKey>(
  key: K,
  params: ParamsOf<K>,
): { message: K; params: ParamsOf<K> } {
  return { message: key, params };
}
