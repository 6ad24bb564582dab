'use server';

import { bookByPhone, phoneBookingSchema } from '@/lib/server/booking/book-by-phone';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import type { FormState } from '@/lib/validation/form-state';

/** A clerk books for a caller; on success the page with the identifier and kiosk code to read out. */
export async function bookByPhoneAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'CLERK',
    schema: phoneBookingSchema,
    run: (d, staff) => bookByPhone(staff, d, new Date()),
    done: ({ id }) => ({ redirectTo: `/admin/telefoniczna/${id}` }),
  });
}
