'use server';

import { publishRegulations, regulationsSchema } from '@/lib/server/notices/publish-regulations';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import type { FormState } from '@/lib/validation/form-state';

export async function publishRegulationsAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: regulationsSchema,
    run: async (d, staff) => {
      const { version } = await publishRegulations(staff, d, new Date());
      return `Opublikowano wersję ${version}. Rezerwujący przez internet zaakceptują ją przed kolejną rezerwacją.`;
    },
    done: 'Opublikowano nową wersję regulaminu.',
    revalidate: ['/admin/regulamin', '/'],
    keepValues: true,
  });
}
