'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { cancelBookingByToken, updatePhoneByToken } from '@/lib/server/cancel-booking';
import { confirmBooking, resendCode } from '@/lib/server/confirm-booking';
import { isAppError } from '@/lib/server/errors';
import { LIMITS, enforceRateLimit } from '@/lib/server/rate-limit';
import { confirmationCodeSchema, phoneSchema } from '@/lib/validation/booking';
import { type FormState, NOT_A_FORM, formValues, isForm } from '@/lib/validation/form-state';

const tokenOf = (formData: FormData) => String(formData.get('token') ?? '');

async function run(
  token: string,
  fn: () => Promise<void>,
  done: string,
  values?: Record<string, string>,
): Promise<FormState> {
  try {
    await fn();
  } catch (e) {
    if (isAppError(e))
      return {
        ok: false,
        message: e.userMessage,
        fieldErrors: e.field ? { [e.field]: [e.userMessage] } : undefined,
        values,
      };
    console.error('booking action failed', e);
    return { ok: false, message: 'Wystąpił błąd po naszej stronie. Spróbuj ponownie za chwilę.', values };
  }
  revalidatePath(`/wizyta/${token}`);
  return { ok: true, message: done };
}

export async function confirmCodeAction(_p: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return NOT_A_FORM;
  const values = formValues(formData);
  const parsed = confirmationCodeSchema.safeParse(values);
  if (!parsed.success)
    return { ok: false, fieldErrors: parsed.error.flatten().fieldErrors, message: 'Popraw kod.', values };
  return run(
    tokenOf(formData),
    async () => {
      await enforceRateLimit(LIMITS.code);
      await confirmBooking(tokenOf(formData), parsed.data.code, new Date());
    },
    'Wizyta potwierdzona.',
    values,
  );
}

export async function resendCodeAction(_p: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return NOT_A_FORM;
  return run(
    tokenOf(formData),
    async () => {
      await enforceRateLimit(LIMITS.resend);
      await resendCode(tokenOf(formData), new Date());
    },
    'Wysłaliśmy nowy kod. Poprzedni jest już nieważny.',
  );
}

export async function cancelAction(_p: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return NOT_A_FORM;
  return run(
    tokenOf(formData),
    () => cancelBookingByToken(tokenOf(formData), new Date()),
    'Wizyta została odwołana.',
  );
}

const phoneOnly = z.object({ phone: phoneSchema.optional() });

export async function updatePhoneAction(_p: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return NOT_A_FORM;
  const values = formValues(formData);
  const parsed = phoneOnly.safeParse(values);
  if (!parsed.success)
    return {
      ok: false,
      fieldErrors: parsed.error.flatten().fieldErrors,
      message: 'Popraw numer telefonu.',
      values,
    };
  return run(
    tokenOf(formData),
    () => updatePhoneByToken(tokenOf(formData), parsed.data.phone),
    'Zapisano numer telefonu.',
    values,
  );
}
