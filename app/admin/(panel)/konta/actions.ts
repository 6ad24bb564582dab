'use server';

import { runStaffAction } from '@/lib/server/staff-action';
import {
  createStaffAccount,
  resetStaffPassword,
  setStaffActive,
  unlockStaff,
} from '@/lib/server/staff-accounts';
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

export async function deactivateStaffAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: staffIdSchema,
    run: (d, admin) => setStaffActive(admin, d.id, false),
    done: 'Konto wyłączone.',
    revalidate: PATHS,
  });
}

export async function activateStaffAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: staffIdSchema,
    run: (d, admin) => setStaffActive(admin, d.id, true),
    done: 'Konto aktywne.',
    revalidate: PATHS,
  });
}

export async function unlockStaffAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: staffIdSchema,
    run: (d, admin) => unlockStaff(admin, d.id),
    done: 'Konto odblokowane.',
    revalidate: PATHS,
  });
}

export async function resetStaffPasswordAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: staffIdSchema,
    run: async (d, admin) => {
      const r = await resetStaffPassword(admin, d.id);
      return `Nowe hasło dla ${r.email} (pokazywane tylko raz): ${r.password}`;
    },
    done: 'Hasło zmienione.',
    revalidate: PATHS,
  });
}
