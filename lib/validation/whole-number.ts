import { z } from 'zod';
import type { WithParams } from './messages';

/** Why a typed number was refused, in the order zod's own checks would say it. */
export type WholeNumberRefusal = 'number' | 'integer' | 'atLeastOne' | 'atMost';

/**
 * A whole number from 1 to `max` typed into a form. It refuses what
 * `z.coerce.number().int().min(1).max(max)` refuses, with the same issues (no number, or a
 * fraction, stops there; too small, too big and beyond a safe integer are each said), but as
 * custom issues: each carries the parameters of its sentence (`refusal`, usually withParams),
 * which a built-in check's issue cannot, e.g. the field's name or the maximum on every refusal.
 */
export function wholeNumber(max: number, refusal: (why: WholeNumberRefusal) => WithParams) {
  return z.unknown().transform((value, ctx) => {
    const refuse = (why: WholeNumberRefusal) => ctx.addIssue({ code: 'custom', ...refusal(why) });
    const n = Number(value);
    if (!Number.isFinite(n)) refuse('number');
    else if (!Number.isInteger(n)) refuse('integer');
    else {
      if (!Number.isSafeInteger(n)) refuse('integer');
      if (n < 1) refuse('atLeastOne');
      if (n > max) refuse('atMost');
    }
    return n; // read only when no issue was added
  });
}
