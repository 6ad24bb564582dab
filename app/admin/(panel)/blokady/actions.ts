'use server';

import { z } from 'zod';
import { isCalendarDate } from '@/lib/domain/time';
import { addManualBlock, liftBlock } from '@/lib/server/blocks/find-active-block';
import { updateNoShowRule } from '@/lib/server/blocks/apply-no-show-rule';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import { phoneSchema } from '@/lib/validation/booking';
import type { FormState } from '@/lib/validation/form-state';

const officeId = z.uuid({ message: 'Nie wskazano biura. Odśwież stronę.' });
const reason = z
  .string()
  .trim()
  .min(3, 'Podaj powód (co najmniej 3 znaki).')
  .max(300, 'Powód może mieć najwyżej 300 znaków.');

const addBlockSchema = z
  .object({
    officeId,
    email: z
      .string()
      .optional()
      .transform((v) => v?.trim().toLowerCase() || undefined)
      .pipe(z.email({ message: 'Podaj poprawny adres e-mail, np. jan.kowalski@example.com.' }).optional()),
    phone: phoneSchema.optional(),
    reason,
    endsOn: z.iso
      .date({ message: 'Podaj datę końca blokady.' })
      .refine(isCalendarDate, { message: 'Podaj rzeczywistą datę końca blokady (RRRR-MM-DD).' }),
  })
  .refine((d) => d.email || d.phone, {
    path: ['email'],
    message: 'Podaj adres e-mail lub numer telefonu (albo oba).',
  });

export async function addBlockAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: addBlockSchema,
    run: async (d, staff) => {
      const { ids } = await addManualBlock(staff, d, new Date());
      return ids.length > 1 ? 'Zablokowano adres e-mail i numer telefonu.' : 'Blokada dodana.';
    },
    done: 'Blokada dodana.',
    revalidate: ['/admin/blokady'],
  });
}

const liftSchema = z.object({ blockId: z.uuid({ message: 'Nie wskazano blokady.' }), liftReason: reason });

export async function liftBlockAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: liftSchema,
    run: (d, staff) => liftBlock(staff, { blockId: d.blockId, reason: d.liftReason }, new Date()),
    done: 'Blokada zdjęta.',
    revalidate: ['/admin/blokady'],
  });
}

const days = (what: string, max: number) =>
  z.coerce
    .number({ message: `${what}: podaj liczbę.` })
    .int(`${what}: podaj liczbę całkowitą.`)
    .min(1, `${what}: co najmniej 1.`)
    .max(max, `${what}: najwyżej ${max}.`);

const ruleSchema = z.object({
  officeId,
  limit: days('Liczba nieobecności', 20),
  windowDays: days('Okres liczenia', 730),
  blockDays: days('Czas blokady', 365),
});

export async function updateNoShowRuleAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: ruleSchema,
    run: (d, staff) => updateNoShowRule(staff, d),
    done: 'Zasada blokowania zapisana. Obowiązuje od następnej odnotowanej nieobecności.',
    revalidate: ['/admin/blokady'],
    keepValues: true,
  });
}
