'use server';

import { redirect } from 'next/navigation';
import { bookByPhone, phoneBookingSchema } from '@/lib/server/booking/book-by-phone';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import type { FormState } from '@/lib/validation/form-state';

/** A clerk books for a caller; on success the page with the identifier and kiosk code to read out. */
export async function bookByPhoneAction(_p: FormState, formData: FormData): Promise<FormState> {
  let bookingId: string | undefined;
  const result = await runStaffAction(formData, {
    role: 'CLERK',
    schema: phoneBookingSchema,
    run: async (d, staff) => {
      bookingId = (await bookByPhone(staff, d, new Date())).id;
    },
    done: 'Wizyta zarezerwowana.',
  });
  if (result?.ok && bookingId) redirect(`/admin/telefoniczna/${bookingId}`);
  return result;
}
