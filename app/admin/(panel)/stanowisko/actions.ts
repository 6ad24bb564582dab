'use server';

import { z } from 'zod';
import type { Message, MessageKey, MessageParams } from '@/lib/i18n/catalogue';
import { m } from '@/lib/validation/messages';
import { AppError } from '@/lib/server/core/errors';
import { callNextTicket } from '@/lib/server/queue/call-next-ticket';
import { finishTicket } from '@/lib/server/queue/finish-ticket';
import { markTicketAbsent } from '@/lib/server/queue/mark-ticket-absent';
import { recallTicket } from '@/lib/server/queue/recall-ticket';
import { returnTicket } from '@/lib/server/queue/return-ticket';
import { transferTicket } from '@/lib/server/queue/transfer-ticket';
import { assertOfficeAccess, resolveOffice } from '@/lib/server/staff/guard';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import type { FormState } from '@/lib/validation/form-state';
import { counterNumberSchema, counterScopeSchema } from '@/lib/validation/queue';
import { SEARCH } from '@/lib/validation/search-params';
import { joinRepeated, writeCounterSetup } from './counter-setup';

const PAGE = '/admin/stanowisko';
const msg = (key: MessageKey, params?: MessageParams): Message => ({ key, params });
const counter = counterNumberSchema;
const categoryIds = z
  .string()
  .transform((s) => (s ? s.split(',') : []))
  .pipe(counterScopeSchema.shape.categoryIds);

/** "Zapisz stanowisko": the counter number and categories, remembered in this browser. */
export async function saveCounterSetupAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(joinRepeated(formData, 'categoryIds'), {
    role: 'CLERK',
    schema: z.object({ office: SEARCH.slug, counter, categoryIds }),
    run: async (d, staff) => {
      const { office } = await resolveOffice(staff, d.office);
      if (office.slug !== d.office) throw new AppError('FORBIDDEN_OFFICE');
      await writeCounterSetup(d);
    },
    done: () => ({ redirectTo: PAGE }),
    revalidate: [PAGE],
  });
}

const INTENTS = ['next', 'recall', 'absent', 'finish', 'transfer', 'return'] as const;
const optionalId = z.preprocess((v) => (v === '' ? undefined : v), z.uuid().optional());

const counterSchema = z.object({
  intent: z.enum(INTENTS, m('counter.invalid.intent')),
  officeId: z.uuid(m('counter.invalid.office')),
  counter,
  categoryIds,
  ticketId: optionalId,
  toCategoryId: optionalId,
});

/**
 * Every button of the counter: one form, so its answer stays on screen when the ticket it spoke
 * of is gone ("Zakończ", then "Wezwij następnego"). Each intent is one use case.
 */
export async function counterAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(joinRepeated(formData, 'categoryIds'), {
    role: 'CLERK',
    schema: counterSchema,
    run: async (d, staff) => {
      assertOfficeAccess(staff, d.officeId);
      const now = new Date();
      if (d.intent === 'next') {
        const called = await callNextTicket(staff, d, now);
        return called
          ? msg('counter.done.called', { number: called.number, counter: d.counter })
          : msg('counter.done.nobody');
      }
      if (!d.ticketId) throw new AppError('TICKET_NOT_FOUND');
      const input = { ticketId: d.ticketId, counter: d.counter };
      if (d.intent === 'transfer') {
        if (!d.toCategoryId)
          throw new AppError('TICKET_NOT_FOUND', {
            message: 'counter.invalid.transfer',
            field: 'toCategoryId',
          });
        const r = await transferTicket(staff, { ...input, toCategoryId: d.toCategoryId }, now);
        return msg('counter.done.transferred', { number: r.number, category: r.categoryName });
      }
      const step = {
        recall: recallTicket,
        absent: markTicketAbsent,
        finish: finishTicket,
        return: returnTicket,
      }[d.intent];
      const r = await step(staff, input, now);
      return msg(`counter.done.${d.intent}`, { number: r.number });
    },
    // The use case's outcome is the sentence: who was called, or that nobody waits.
    done: (said: Message) => said,
    revalidate: [PAGE],
  });
}
