'use server';

import { redirect } from 'next/navigation';
import { isAppError } from '@/lib/server/core/errors';
import { StaffSignInError, signIn, signOut } from '@/lib/server/staff/auth';
import { changeOwnPassword } from '@/lib/server/staff/authenticate-staff';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import { revokeStaffSession } from '@/lib/server/staff/revoke-staff-session';
import { readStaffSession } from '@/lib/server/staff/read-staff-session';
import { changePasswordSchema, signInSchema } from '@/lib/validation/staff';
import { type FormState, NOT_A_FORM, formValues, isForm } from '@/lib/validation/form-state';
import { SIGN_IN_PATH } from '@/lib/server/staff/guard';

/**
 * Sign-in (open to anyone, by nature): limited per client address on top of per-account lockout,
 * both counted in the Credentials provider (lib/server/staff/sign-in-staff.ts), which next-auth's own
 * endpoint reaches as well.
 */
export async function signInAction(_p: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return NOT_A_FORM;
  const values = formValues(formData);
  const parsed = signInSchema.safeParse(values);
  delete values.password;
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const i of parsed.error.issues) (fieldErrors[String(i.path[0])] ??= []).push(i.message);
    return { ok: false, fieldErrors, message: 'Podaj e-mail i hasło.', values };
  }
  try {
    await signIn('credentials', { ...parsed.data, redirect: false });
  } catch (e) {
    if (e instanceof StaffSignInError || isAppError(e)) return { ok: false, message: e.userMessage, values };
    throw e;
  }
  redirect(safeNext(formData.get('next')));
}

/** Only a path inside the staff area is followed after sign-in. */
function safeNext(next: FormDataEntryValue | null): string {
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
  const result = await runStaffAction(formData, {
    role: 'CLERK',
    schema: changePasswordSchema,
    run: (d, staff) => changeOwnPassword(staff.id, d.current, d.password, new Date()),
    done: 'Hasło zostało zmienione.',
  });
  if (result?.ok) {
    await signOut({ redirect: false });
    redirect(`${SIGN_IN_PATH}?haslo=zmienione`);
  }
  if (result && !result.ok) result.values = {};
  return result;
}
