'use server';

import { z } from 'zod';
import { cancelBookingByToken } from '@/lib/server/booking/cancel-booking';
import { updatePhoneByToken } from '@/lib/server/booking/update-phone';
import { assertManageable } from '@/lib/server/booking/assert-manageable';
import { confirmBooking } from '@/lib/server/booking/confirm-booking';
import { resendCode } from '@/lib/server/booking/resend-code';
import { findBookingPhone } from '@/lib/server/booking/find-booking-phone';
import { LIMITS, enforceRateLimit } from '@/lib/server/core/rate-limit';
import { runPublicAction } from '@/lib/server/core/run-public-action';
import { confirmationCodeSchema, phoneSchema } from '@/lib/validation/booking';
import { type FormState, formValues } from '@/lib/validation/form-state';

/** Every form of the manage page names its booking by the hidden `token` field. */
const token = z.string().catch('');
const tokenOf = (formData: unknown) => formValues(formData).token ?? '';
const pageOf = (formData: unknown) => [`/wizyta/${tokenOf(formData)}`];

export async function confirmCodeAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runPublicAction(formData, {
    schema: confirmationCodeSchema.extend({ token }),
    invalid: 'flow.fixCode',
    authorise: async (d) => {
      await enforceRateLimit(LIMITS.code, new Date(), { bookingPhone: () => findBookingPhone(d.token) });
      await assertManageable(d.token, new Date());
      return undefined;
    },
    run: (d) => confirmBooking(d.token, d.code, new Date()),
    done: 'flow.confirmed',
    revalidate: pageOf(formData),
    log: 'booking action failed',
  });
}

export async function resendCodeAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runPublicAction(formData, {
    schema: z.object({ token }),
    invalid: 'flow.fixCode',
    authorise: async (d) => {
      await enforceRateLimit(LIMITS.resend, new Date(), { bookingPhone: () => findBookingPhone(d.token) });
      await assertManageable(d.token, new Date());
      return undefined;
    },
    run: (d) => resendCode(d.token, new Date()),
    done: 'flow.codeResent',
    revalidate: pageOf(formData),
    log: 'booking action failed',
  });
}

export async function cancelAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runPublicAction(formData, {
    schema: z.object({ token }),
    invalid: 'flow.fixCode',
    authorise: async (d) => {
      await assertManageable(d.token, new Date());
      return undefined;
    },
    run: (d) => cancelBookingByToken(d.token, new Date()),
    done: 'flow.cancelled',
    revalidate: pageOf(formData),
    log: 'booking action failed',
  });
}

export async function updatePhoneAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runPublicAction(formData, {
    schema: z.object({ token, phone: phoneSchema.optional() }),
    invalid: 'flow.fixPhone',
    authorise: async (d) => {
      await assertManageable(d.token, new Date());
      return undefined;
    },
    run: (d) => updatePhoneByToken(d.token, d.phone, new Date()),
    done: (r) => (r.smsTurnedOff ? 'notify.sms.turnedOff' : 'flow.phoneSaved'),
    revalidate: pageOf(formData),
    log: 'booking action failed',
  });
}
