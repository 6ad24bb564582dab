'use server';

import { closeFailedMessage } from '@/lib/server/notify/close-failed-message';
import { messageIdSchema } from '@/lib/server/notify/list-failed-messages';
import { resendMessage } from '@/lib/server/notify/resend-message';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import type { FormState } from '@/lib/validation/form-state';

const REVALIDATE = ['/admin/wiadomosci'];

export async function resendMessageAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: messageIdSchema,
    run: (d, staff) => resendMessage(staff, d.id, new Date()),
    done: (r) => (r.newLink ? 'notify.outbox.resentWithNewLink' : 'notify.outbox.resent'),
    revalidate: REVALIDATE,
  });
}

export async function closeMessageAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: messageIdSchema,
    run: (d, staff) => closeFailedMessage(staff, d.id, new Date()),
    done: 'notify.outbox.closed',
    revalidate: REVALIDATE,
  });
}
