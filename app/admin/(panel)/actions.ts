'use server';

import { dismissSignInAlert } from '@/lib/server/staff/dismiss-sign-in-alert';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import type { FormState } from '@/lib/validation/form-state';
import { staffIdSchema } from '@/lib/validation/staff';

/**
 * "Zamknij powiadomienie" on /admin: the page is shown again saying it was done (the notice and
 * its button are gone, so the answer cannot stay next to them).
 */
export async function dismissSignInAlertAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: staffIdSchema,
    run: (d, admin) => dismissSignInAlert(admin, d.id),
    done: () => ({ redirectTo: '/admin?powiadomienie=zamkniete' }),
    revalidate: ['/admin'],
  });
}
