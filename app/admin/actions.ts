'use server';

import { runPublicAction } from '@/lib/server/core/run-public-action';
import { StaffSignInError, signIn, signOut } from '@/lib/server/staff/auth';
import { changeOwnPassword } from '@/lib/server/staff/authenticate-staff';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import { revokeStaffSession } from '@/lib/server/staff/revoke-staff-session';
import { readStaffSession } from '@/lib/server/staff/read-staff-session';
import { changePasswordSchema, signInSchema } from '@/lib/validation/staff';
import { type FormState, formValues } from '@/lib/validation/form-state';
import { SIGN_IN_PATH } from '@/lib/server/staff/guard';

/**
 * Sign-in (open to anyone, by nature): limited per client address on top of per-account lockout,
 * both counted in the Credentials provider (lib/server/staff/sign-in-staff.ts), which next-auth's own
 * endpoint reaches as well.
 */
export async function signInAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runPublicAction(formData, {
    schema: signInSchema,
    invalid: 'staff.signInInvalid',
    secret: ['password'],
    run: async (d) => {
      try {
        await signIn('credentials', { ...d, redirect: false });
      } catch (e) {
        if (e instanceof StaffSignInError) throw e.refusal;
        throw e;
      }
    },
    done: () => ({ redirectTo: safeNext(formValues(formData).next) }),
    log: 'signInAction failed',
  });
}

/** Only a path inside the staff area is followed after sign-in. */
function safeNext(next: string | undefined): string {
  const s = typeof next === 'string' ? next : '';
  return /^\/admin(\/[\w\-/?=&%.]*)?$/.test(s) && !s.startsWith(SIGN_IN_PATH) ? s : '/admin';
}

/** "Wyloguj": this session is ended on the server, so a copy of its cookie no longer works. */
export async function signOutAction(): Promise<void> {
  const session = await readStaffSession();
  if (session) await revokeStaffSession(session.sessionId, session.staffId, new Date());
  await signOut({ redirectTo: `${SIGN_IN_PATH}?wylogowano=1` });
}

export async function changePasswordAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'CLERK',
    schema: changePasswordSchema,
    secret: ['current', 'password', 'repeat'],
    run: async (d, staff) => {
      await changeOwnPassword(staff.id, d.current, d.password, new Date());
      // This session ends with the old password; the next sign-in uses the new one.
      await signOut({ redirect: false });
    },
    done: () => ({ redirectTo: `${SIGN_IN_PATH}?haslo=zmienione` }),
  });
}
