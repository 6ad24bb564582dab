'use server';

import { cancelVisitForResident } from '@/lib/server/booking/cancel-visit-for-resident';
import { moveVisit } from '@/lib/server/booking/move-visit';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import { cancelForResidentSchema, moveVisitSchema } from '@/lib/validation/changes';
import type { FormState } from '@/lib/validation/form-state';

// Both go back to the visit's page, which says what was done and how the resident is told
// (a plain redirect: the same without JavaScript).
const visitPage = (id: string, change: 'odwolana' | 'przeniesiona') => `/admin/wizyta/${id}?zmiana=${change}`;

/** "Odwołaj na prośbę mieszkańca": a reason, the resident told by e-mail or SMS. */
export async function cancelVisitForResidentAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'CLERK',
    schema: cancelForResidentSchema,
    run: (d, staff) => cancelVisitForResident(staff, d, new Date()).then(() => d.bookingId),
    done: (id) => ({ redirectTo: visitPage(id, 'odwolana') }),
  });
}

/** "Przenieś": the visit to the free time chosen on its page. */
export async function moveVisitAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'CLERK',
    schema: moveVisitSchema,
    run: (d, staff) => moveVisit(staff, d, new Date()).then(() => d.bookingId),
    done: (id) => ({ redirectTo: visitPage(id, 'przeniesiona') }),
  });
}
