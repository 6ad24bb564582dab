'use server';

import type { Staff } from '@/lib/server/staff/guard';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import { createStaffAccount } from '@/lib/server/staff/create-staff-account';
import { resetStaffPassword } from '@/lib/server/staff/reset-staff-password';
import { setStaffActive } from '@/lib/server/staff/set-staff-active';
import type { FormState } from '@/lib/validation/form-state';
import type { Message } from '@/lib/i18n/catalogue';
import { createStaffSchema, staffIdSchema } from '@/lib/validation/staff';

const PATHS = ['/admin/konta'];

export async function createStaffAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: createStaffSchema,
    run: async (d, admin) => ({ email: d.email, ...(await createStaffAccount(admin, d)) }),
    done: (r) => ({ key: 'staff.created', params: { email: r.email, password: r.password } }),
    revalidate: PATHS,
  });
}

/** An administrator's action on one account, named by the hidden `id` field. */
function onAccount<R>(
  formData: FormData,
  run: (id: string, admin: Staff) => Promise<R>,
  done: (result: R) => Message,
) {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: staffIdSchema,
    run: (d, admin) => run(d.id, admin),
    done,
    revalidate: PATHS,
  });
}

export async function deactivateStaffAction(_p: FormState, formData: FormData): Promise<FormState> {
  return onAccount(
    formData,
    (id, admin) => setStaffActive(admin, id, false),
    (r) => ({ key: 'staff.deactivated', params: { email: r.email } }),
  );
}

export async function activateStaffAction(_p: FormState, formData: FormData): Promise<FormState> {
  return onAccount(
    formData,
    (id, admin) => setStaffActive(admin, id, true),
    (r) => ({ key: 'staff.activated', params: { email: r.email } }),
  );
}

export async function resetStaffPasswordAction(_p: FormState, formData: FormData): Promise<FormState> {
  return onAccount(
    formData,
    (id, admin) => resetStaffPassword(admin, id),
    (r) => ({ key: 'staff.passwordReset', params: { email: r.email, password: r.password } }),
  );
}
