import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { isAppError } from './errors';
import type { FormState } from '@/lib/validation/form-state';
import type { Message, MessageKey } from '@/lib/i18n/catalogue';
import { sayMessage, translator } from '@/lib/i18n/translator';

/** Next's redirect() and notFound() travel as errors; they are not failures. */
export function isNextSignal(e: unknown): boolean {
  try {
    unstable_rethrow(e);
    return false;
  } catch {
    return true;
  }
}

/** What an action tells the form: a catalogue key, or a key with its parameters. */
export type Say = MessageKey | Message;

/** A Say in words (Polish until the edge knows the resident's language). */
export const words = (s: Say): string => sayMessage(translator(), typeof s === 'string' ? { key: s } : s);

/** An action's `done` answer: a Say is the message; anything else already is the outcome. */
export const outcomeOf = <T extends { message?: Say }>(d: Say | T): T =>
  typeof d === 'string' || 'key' in d ? ({ message: d } as T) : d;

/**
 * What a form is told when its use case throws: an AppError's sentence (next to its field when it
 * names one; a taken slot flagged as such), or, for anything unexpected, a sentence that reveals
 * nothing, with the error logged. Next's redirect and notFound pass through.
 */
export function refusalOf(
  e: unknown,
  values: Record<string, string>,
  log: { label: string; failed?: Say; context?: Record<string, unknown> },
): Extract<FormState, { ok: false }> {
  unstable_rethrow(e);
  if (isAppError(e))
    return {
      ok: false,
      message: e.userMessage,
      fieldErrors: e.field ? { [e.field]: [e.userMessage] } : undefined,
      slotTaken: e.code === 'SLOT_TAKEN' ? true : undefined,
      values,
    };
  console.error(log.label, { ...log.context, error: e });
  return { ok: false, message: words(log.failed ?? 'common.failed'), values };
}
