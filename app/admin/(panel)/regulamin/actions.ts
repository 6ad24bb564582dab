'use server';

import { publishRegulations, regulationsSchema } from '@/lib/server/notices/publish-regulations';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import type { FormState } from '@/lib/validation/form-state';

export async function publishRegulationsAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: regulationsSchema,
    run: (d, staff) => publishRegulations(staff, d, new Date()),
    done: ({ version }) => ({ key: 'notices.regulationsPublished', params: { version } }),
    revalidate: ['/admin/regulamin', '/'],
    keepValues: true,
  });
}
