'use server';

import { removeClosure, addClosure } from '@/lib/server/schedule/add-closure';
import { explainImpact } from '@/lib/server/schedule/explain-impact';
import {
  closureIdSchema,
  closureSchema,
  horizonSchema,
  rulesFormSchema,
} from '@/lib/server/schedule/schedule-forms';
import { saveHorizon, saveOpeningRules } from '@/lib/server/schedule/save-opening-rules';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import type { FormState } from '@/lib/validation/form-state';

const PAGE = ['/admin/harmonogram', '/rezerwacja'];

/** The weekly opening rules of a category (the whole table at once). */
export async function saveRulesAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    explain: explainImpact,
    role: 'ADMIN',
    schema: rulesFormSchema,
    run: (d, staff) => saveOpeningRules(staff, d, new Date()),
    done: 'Zapisano godziny przyjęć.',
    revalidate: PAGE,
  });
}

export async function saveHorizonAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: horizonSchema,
    run: (d, staff) => saveHorizon(staff, d),
    done: 'Zapisano.',
    revalidate: PAGE,
    keepValues: true,
  });
}

export async function addClosureAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    explain: explainImpact,
    role: 'ADMIN',
    schema: closureSchema,
    run: (d, staff) => addClosure(staff, d, new Date()),
    done: 'Zapisano zamknięcie.',
    revalidate: PAGE,
  });
}

export async function removeClosureAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: closureIdSchema,
    run: (d, staff) => removeClosure(staff, d.closureId),
    done: 'Usunięto zamknięcie.',
    revalidate: PAGE,
  });
}
