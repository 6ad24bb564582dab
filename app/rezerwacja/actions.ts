'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import {
  ACCEPTANCE_COOKIE,
  encodeAcceptance,
  getCurrentRegulations,
} from '@/lib/server/notices/get-current-regulations';
import { acceptRegulationsSchema } from '@/lib/validation/booking';
import { type FormState, NOT_A_FORM, formValues, isForm } from '@/lib/validation/form-state';

export async function acceptRegulations(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return NOT_A_FORM;
  const parsed = acceptRegulationsSchema.safeParse(formValues(formData));
  if (!parsed.success) {
    return {
      ok: false,
      fieldErrors: { accepted: ['Aby zarezerwować wizytę przez internet, zaznacz „Akceptuję Regulamin”.'] },
      message: 'refused',
    };
  }
  const current = await getCurrentRegulations();
  (await cookies()).set(ACCEPTANCE_COOKIE, encodeAcceptance(current.version, new Date()), {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production' && !!process.env.APP_URL?.startsWith('https:'),
    path: '/rezerwacja',
    maxAge: 60 * 60 * 4,
  });
  redirect(parsed.data.next);
}
