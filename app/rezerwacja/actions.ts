'use server';

import { cookies } from 'next/headers';
import {
  ACCEPTANCE_COOKIE,
  encodeAcceptance,
  getCurrentRegulations,
} from '@/lib/server/notices/get-current-regulations';
import { cookieOptions } from '@/lib/server/core/cookie-options';
import { runPublicAction } from '@/lib/server/core/run-public-action';
import { acceptRegulationsSchema } from '@/lib/validation/booking';
import type { FormState } from '@/lib/validation/form-state';
import { translator } from '@/lib/i18n/translator';

const NOT_ACCEPTED = 'flow.notAccepted';

export async function acceptRegulations(_prev: FormState, formData: FormData): Promise<FormState> {
  const t = translator();
  const state = await runPublicAction(formData, {
    schema: acceptRegulationsSchema,
    invalid: NOT_ACCEPTED,
    run: async (d) => {
      const current = await getCurrentRegulations();
      (await cookies()).set(
        ACCEPTANCE_COOKIE,
        encodeAcceptance(current.version, new Date()),
        cookieOptions({ path: '/rezerwacja', maxAge: 60 * 60 * 4 }),
      );
      return d.next;
    },
    done: (next) => ({ redirectTo: next }),
    log: 'acceptRegulations failed',
  });
  // Whatever the parse found wrong (a crafted `next` too), the resident is told the one thing to do.
  return state && !state.ok && state.fieldErrors
    ? { ...state, fieldErrors: { accepted: [t(NOT_ACCEPTED)] } }
    : state;
}
