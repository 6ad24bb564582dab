'use server';

import { announcementIdSchema, deactivateAnnouncement } from '@/lib/server/notices/deactivate-announcement';
import { announcementSchema, publishAnnouncement } from '@/lib/server/notices/publish-announcement';
import { phoneOnlySchema, setPhoneOnly } from '@/lib/server/catalogue/set-phone-only';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import type { FormState } from '@/lib/validation/form-state';

// The public pages read notices and modes per request; revalidating '/' drops any cached copy.
const REVALIDATE = ['/admin/ogloszenia', '/'];

export async function publishAnnouncementAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: announcementSchema,
    run: (d, staff) => publishAnnouncement(staff, d, new Date()),
    done: 'notices.published',
    revalidate: REVALIDATE,
  });
}

export async function deactivateAnnouncementAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: announcementIdSchema,
    run: (d, staff) => deactivateAnnouncement(staff, d.id),
    done: 'notices.deactivated',
    revalidate: REVALIDATE,
  });
}

export async function setPhoneOnlyAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: phoneOnlySchema,
    run: (d, staff) => setPhoneOnly(staff, d),
    done: (r) => ({
      key: r.phoneOnly ? 'notices.phoneOnlyOn' : 'notices.phoneOnlyOff',
      params: { office: r.office, category: r.category },
    }),
    revalidate: REVALIDATE,
  });
}
