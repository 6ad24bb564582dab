import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { isAppError } from './errors';
import type { FormState } from '@/lib/validation/form-state';
import { t } from '@/lib/i18n/t';

/** Next's redirect() and notFound() travel as errors; they are not failures. */
export function isNextSignal(e: unknown): boolean {
  try {
    unstable_rethrow(e);
    return false;
  } catch {
    return true;
  }
}

const FAILED = t('common.failed');

/**
 * What a form is told when its use case throws: an AppError's sentence (next to its field when it
 * names one; a taken slot flagged as such), or, for anything unexpected, a sentence that reveals
 * nothing, with the error logged. Next's redirect and notFound pass through.
 */
export function refusalOf(
  e: unknown,
  values: Record<string, string>,
  log: { label: string; failed?: string; context?: Record<string, unknown> },
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
  return { ok: false, message: log.failed ?? FAILED, values };
}
