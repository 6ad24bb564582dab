import type { MessageKey, MessageParams } from '@/lib/i18n/catalogue';
import type { pl } from '@/lib/i18n/messages/pl';
import { sayMessage, translator } from '@/lib/i18n/translator';

/** Why a use case refused, as code: one per key of the catalogue's `errors` (its default sentence). */
export type AppErrorCode = keyof typeof pl.errors;

type Options = {
  /** The sentence, when the code's default is not specific enough. */
  message?: MessageKey;
  params?: MessageParams;
  /** The form field the refusal belongs next to. */
  field?: string;
};

/**
 * The one error type use cases throw on purpose. It carries a typed `code` (the UI and tests tell
 * the cases apart by it) and a catalogue key with its parameters; the edge puts it into words in
 * the resident's language (`userMessage`), never a stack trace.
 */
export class AppError extends Error {
  public readonly messageKey: MessageKey;
  public readonly params?: MessageParams;
  public readonly field?: string;

  constructor(
    public readonly code: AppErrorCode,
    options: Options = {},
  ) {
    const messageKey = options.message ?? (`errors.${code}` as MessageKey);
    super(`${code}: ${messageKey}`);
    this.name = 'AppError';
    this.messageKey = messageKey;
    this.params = options.params;
    this.field = options.field;
  }

  /** The sentence, in Polish until the edge knows the resident's language. */
  get userMessage(): string {
    return sayMessage(translator(), { key: this.messageKey, params: this.params });
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
