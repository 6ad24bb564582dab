import { z } from 'zod';
import { parseInstant } from '@/lib/domain/time';
import { m } from '@/lib/validation/messages';

/** The shortest reason a resident is sent (as for cancellations by a schedule change). */
export const REASON_MIN = 5;
export const REASON_MAX = 300;

/** The new time, as the free-times links carry it (an ISO instant within this calendar's years). */
const newTime = z.string({ error: m('changes.validation.pickTime') }).transform((v, ctx) => {
  const at = parseInstant(v);
  if (!at) ctx.addIssue({ code: 'custom', message: m('changes.validation.pickTime') });
  return at ?? z.NEVER;
});

const visitId = z.uuid({ error: m('changes.validation.visit') });

/** A clerk cancels one visit at the resident's request: the reason goes to the resident. */
export const cancelForResidentSchema = z.object({
  bookingId: visitId,
  reason: z
    .string({ error: m('changes.validation.reason') })
    .trim()
    .min(REASON_MIN, m('changes.validation.reason'))
    .max(REASON_MAX, m('changes.validation.reasonLong')),
});

/** A clerk moves one visit: `from` is the time the clerk saw, so a stale page moves nothing. */
export const moveVisitSchema = z.object({ bookingId: visitId, startsAt: newTime, from: newTime });

/** The resident picks a new time on the manage link's page. */
export const rescheduleSchema = z.object({ token: z.string().catch(''), startsAt: newTime });
