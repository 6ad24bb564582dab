'use server';

import { cancelBookingByToken } from '@/lib/server/booking/cancel-booking';
import { updatePhoneByToken } from '@/lib/server/booking/update-phone';
import { assertManageable } from '@/lib/server/booking/assert-manageable';
import { confirmBooking } from '@/lib/server/booking/confirm-booking';
import { confirmEmailChange } from '@/lib/server/booking/confirm-email-change';
import { requestEmailChange, resendEmailChangeCode } from '@/lib/server/booking/request-email-change';
import { resendCode } from '@/lib/server/booking/resend-code';
import { updateApplicationNumberByToken } from '@/lib/server/booking/update-application-number';
import { findBookingPhone } from '@/lib/server/booking/find-booking-phone';
import { LIMITS, type Limit, enforceRateLimit } from '@/lib/server/core/rate-limit';
import { runPublicAction } from '@/lib/server/core/run-public-action';
import {
  applicationNumberCorrectionSchema,
  manageCodeSchema,
  emailChangeRequestSchema,
  manageTokenSchema,
  phoneCorrectionSchema,
} from '@/lib/validation/corrections';
import { type FormState, formValues } from '@/lib/validation/form-state';

/** Every form of the manage page names its booking by the hidden `token` field. */
const tokenOf = (formData: unknown) => formValues(formData).token ?? '';
const pageOf = (formData: unknown) => [`/wizyta/${tokenOf(formData)}`];

/** The preconditions of the manage page's forms: the client's limit (if any), then the booking's state. */
const manageable =
  (limit?: Limit) =>
  async (d: { token: string }): Promise<undefined> => {
    if (limit) await enforceRateLimit(limit, new Date(), { bookingPhone: () => findBookingPhone(d.token) });
    await assertManageable(d.token, new Date());
    return undefined;
  };

export async function confirmCodeAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runPublicAction(formData, {
    schema: manageCodeSchema,
    invalid: 'flow.fixCode',
    authorise: manageable(LIMITS.code),
    run: (d) => confirmBooking(d.token, d.code, new Date()),
    done: 'flow.confirmed',
    revalidate: pageOf(formData),
    log: 'booking action failed',
  });
}

export async function resendCodeAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runPublicAction(formData, {
    schema: manageTokenSchema,
    invalid: 'flow.fixCode',
    authorise: manageable(LIMITS.resend),
    run: (d) => resendCode(d.token, new Date()),
    done: 'flow.codeResent',
    revalidate: pageOf(formData),
    log: 'booking action failed',
  });
}

export async function cancelAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runPublicAction(formData, {
    schema: manageTokenSchema,
    invalid: 'flow.fixCode',
    authorise: manageable(),
    run: (d) => cancelBookingByToken(d.token, new Date()),
    done: 'flow.cancelled',
    revalidate: pageOf(formData),
    log: 'booking action failed',
  });
}

export async function updatePhoneAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runPublicAction(formData, {
    schema: phoneCorrectionSchema,
    invalid: 'flow.fixPhone',
    authorise: manageable(LIMITS.correction),
    run: (d) => updatePhoneByToken(d.token, d.phone, new Date()),
    done: (r) => (r.smsTurnedOff ? 'notify.sms.turnedOff' : 'flow.phoneSaved'),
    revalidate: pageOf(formData),
    log: 'booking action failed',
  });
}

/** Step 1 of an e-mail correction: a code to the new address (decision 039). */
export async function requestEmailChangeAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runPublicAction(formData, {
    schema: emailChangeRequestSchema,
    invalid: 'common.fixFields',
    authorise: manageable(LIMITS.emailChange),
    run: async (d) => {
      await requestEmailChange(d.token, d.email, new Date());
      return d.email;
    },
    done: (email) => ({ key: 'corrections.email.codeSent', params: { email } }),
    revalidate: pageOf(formData),
    log: 'booking action failed',
  });
}

export async function resendEmailChangeCodeAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runPublicAction(formData, {
    schema: manageTokenSchema,
    invalid: 'flow.fixCode',
    authorise: manageable(LIMITS.emailChange),
    run: (d) => resendEmailChangeCode(d.token, new Date()),
    done: ({ email }) => ({ key: 'corrections.email.resent', params: { email } }),
    revalidate: pageOf(formData),
    log: 'booking action failed',
  });
}

/** Step 2: the code from the new address makes it the booking's. */
export async function confirmEmailChangeAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runPublicAction(formData, {
    schema: manageCodeSchema,
    invalid: 'flow.fixCode',
    authorise: manageable(LIMITS.code),
    run: (d) => confirmEmailChange(d.token, d.code, new Date()),
    done: ({ email }) => ({ key: 'corrections.email.saved', params: { email } }),
    revalidate: pageOf(formData),
    log: 'booking action failed',
  });
}

export async function updateApplicationNumberAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runPublicAction(formData, {
    schema: applicationNumberCorrectionSchema,
    invalid: 'common.fixFields',
    authorise: manageable(LIMITS.correction),
    run: (d) => updateApplicationNumberByToken(d.token, d.idApplicationNumber, new Date()),
    done: 'corrections.applicationNumber.saved',
    revalidate: pageOf(formData),
    log: 'booking action failed',
  });
}
