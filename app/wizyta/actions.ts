'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { cancelBookingByToken } from '@/lib/server/booking/cancel-booking';
import { updatePhoneByToken } from '@/lib/server/booking/update-phone';
import { assertManageable } from '@/lib/server/booking/assert-manageable';
import { confirmBooking } from '@/lib/server/booking/confirm-booking';
import { resendCode } from '@/lib/server/booking/resend-code';
import { isAppError } from '@/lib/server/core/errors';
import { LIMITS, enforceRateLimit } from '@/lib/server/core/rate-limit';
import { SMS_NUMBER_MESSAGES } from '@/lib/server/notify/sms-recipient';
import { confirmationCodeSchema, phoneSchema } from '@/lib/validation/booking';
import { type FormState, NOT_A_FORM, formValues, isForm } from '@/lib/validation/form-state';

const tokenOf = (formData: FormData) => String(formData.get('token') ?? '');

async function run(
  token: string,
  fn: () => Promise<void | string>,
  done: string,
  values?: Record<string, string>,
): Promise<FormState> {
  let message: string | void;
  try {
    message = await fn();
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
  return { ok: true, message: message || done };
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
      await assertManageable(tokenOf(formData), new Date());
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
      await assertManageable(tokenOf(formData), new Date());
      await resendCode(tokenOf(formData), new Date());
    },
    'Wysłaliśmy nowy kod. Poprzedni jest już nieważny.',
  );
}

export async function cancelAction(_p: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return NOT_A_FORM;
  return run(
    tokenOf(formData),
    async () => {
      await assertManageable(tokenOf(formData), new Date());
      await cancelBookingByToken(tokenOf(formData), new Date());
    },
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
    async () => {
      await assertManageable(tokenOf(formData), new Date());
      const r = await updatePhoneByToken(tokenOf(formData), parsed.data.phone, new Date());
      if (r.smsTurnedOff) return SMS_NUMBER_MESSAGES.turnedOff;
    },
    'Zapisano numer telefonu.',
    values,
  );
}
