'use server';

import type { Staff } from '@/lib/server/staff/guard';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import {
  createStaffAccount,
  resetStaffPassword,
  setStaffActive,
  unlockStaff,
} from '@/lib/server/staff/create-staff-account';
import type { FormState } from '@/lib/validation/form-state';
import { createStaffSchema, staffIdSchema } from '@/lib/validation/staff';

const PATHS = ['/admin/konta'];

export async function createStaffAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: createStaffSchema,
    run: async (d, admin) => {
      const { password } = await createStaffAccount(admin, d);
      return `Utworzono konto ${d.email}. Hasło początkowe (pokazywane tylko raz — przekaż je osobiście): ${password}`;
    },
    done: 'Utworzono konto.',
    revalidate: PATHS,
  });
}

/** An administrator's action on one account, named by the hidden `id` field. */
function onAccount(formData: FormData, run: (id: string, admin: Staff) => Promise<string>, done: string) {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: staffIdSchema,
    run: (d, admin) => run(d.id, admin),
    done,
    revalidate: PATHS,
  });
}

export async function deactivateStaffAction(_p: FormState, formData: FormData): Promise<FormState> {
  return onAccount(formData, (id, admin) => setStaffActive(admin, id, false), 'Konto wyłączone.');
}

export async function activateStaffAction(_p: FormState, formData: FormData): Promise<FormState> {
  return onAccount(formData, (id, admin) => setStaffActive(admin, id, true), 'Konto aktywne.');
}

export async function unlockStaffAction(_p: FormState, formData: FormData): Promise<FormState> {
  return onAccount(formData, (id, admin) => unlockStaff(admin, id), 'Konto odblokowane.');
}

export async function resetStaffPasswordAction(_p: FormState, formData: FormData): Promise<FormState> {
  return onAccount(
    formData,
    async (id, admin) => {
      const r = await resetStaffPassword(admin, id);
      return `Nowe hasło dla ${r.email} (pokazywane tylko raz): ${r.password}`;
    },
    'Hasło zmienione.',
  );
}
