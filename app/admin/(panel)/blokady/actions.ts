'use server';

import { z } from 'zod';
import { isCalendarDate } from '@/lib/domain/time';
import { addManualBlock } from '@/lib/server/blocks/add-manual-block';
import { liftBlock } from '@/lib/server/blocks/lift-block';
import { updateNoShowRule } from '@/lib/server/blocks/update-no-show-rule';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import { t } from '@/lib/i18n/t';
import { m } from '@/lib/validation/messages';
import { phoneSchema } from '@/lib/validation/booking';
import { mp } from '@/lib/validation/messages';
import type { FormState } from '@/lib/validation/form-state';

const officeId = z.uuid({ message: m('validation.blocks.office') });
const reason = z
  .string()
  .trim()
  .min(3, m('validation.blocks.reason'))
  .max(300, m('validation.blocks.reasonTooLong'));

const addBlockSchema = z
  .object({
    officeId,
    email: z
      .string()
      .optional()
      .transform((v) => v?.trim().toLowerCase() || undefined)
      .pipe(z.email({ message: m('validation.email') }).optional()),
    phone: phoneSchema.optional(),
    reason,
    endsOn: z.iso
      .date({ message: m('validation.blocks.endsOn') })
      .refine(isCalendarDate, { message: m('validation.blocks.endsOnReal') }),
  })
  .refine((d) => d.email || d.phone, {
    path: ['email'],
    message: m('validation.blocks.contact'),
  });

export async function addBlockAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: addBlockSchema,
    run: (d, staff) => addManualBlock(staff, d, new Date()),
    done: ({ ids }) => (ids.length > 1 ? 'blocks.addedBoth' : 'blocks.added'),
    revalidate: ['/admin/blokady'],
  });
}

const liftSchema = z.object({
  blockId: z.uuid({ message: m('validation.blocks.block') }),
  liftReason: reason,
});

export async function liftBlockAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: liftSchema,
    run: (d, staff) => liftBlock(staff, { blockId: d.blockId, reason: d.liftReason }, new Date()),
    done: 'blocks.lifted',
    revalidate: ['/admin/blokady'],
  });
}

const days = (field: 'limit' | 'windowDays' | 'blockDays', max: number) => {
  const what = { what: t(`blocks.ruleField.${field}`) };
  return z.coerce
    .number({ message: mp('validation.blocks.number', what) })
    .int(mp('validation.blocks.integer', what))
    .min(1, mp('validation.blocks.atLeastOne', what))
    .max(max, mp('validation.blocks.atMost', { ...what, max }));
};

const ruleSchema = z.object({
  officeId,
  limit: days('limit', 20),
  windowDays: days('windowDays', 730),
  blockDays: days('blockDays', 365),
});

export async function updateNoShowRuleAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: ruleSchema,
    run: (d, staff) => updateNoShowRule(staff, d),
    done: 'blocks.ruleSaved',
    revalidate: ['/admin/blokady'],
    keepValues: true,
  });
}
