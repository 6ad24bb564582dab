'use server';

import type { z } from 'zod';
import type { MessageKey } from '@/lib/i18n/catalogue';
import { createMatter } from '@/lib/server/catalogue/create-matter';
import { createWalkInMatter } from '@/lib/server/catalogue/create-walk-in-matter';
import { deleteMatter } from '@/lib/server/catalogue/delete-matter';
import { updateCategory } from '@/lib/server/catalogue/update-category';
import { updateMatter } from '@/lib/server/catalogue/update-matter';
import { updateOffice } from '@/lib/server/catalogue/update-office';
import { updateWalkInMatter } from '@/lib/server/catalogue/update-walk-in-matter';
import type { Staff } from '@/lib/server/staff/guard';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import {
  categorySchema,
  createMatterSchema,
  createWalkInSchema,
  matterIdSchema,
  matterSchema,
  officeSchema,
  walkInSchema,
} from '@/lib/validation/catalogue';
import type { FormState } from '@/lib/validation/form-state';

// The public pages read the catalogue per request; revalidating '/' drops any copy Next.js keeps.
const REVALIDATE = ['/admin/katalog', '/'];

/** Every catalogue action: an administrator's, one use case, its outcome said with the row's name. */
function edit<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  run: (d: z.output<S>, staff: Staff) => Promise<{ name: string }>,
  said: MessageKey,
): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema,
    run,
    done: (row) => ({ key: said, params: { name: row.name } }),
    revalidate: REVALIDATE,
  });
}

export async function updateOfficeAction(_p: FormState, formData: FormData): Promise<FormState> {
  return edit(formData, officeSchema, (d, staff) => updateOffice(staff, d), 'catalogue.office.saved');
}

export async function updateCategoryAction(_p: FormState, formData: FormData): Promise<FormState> {
  return edit(formData, categorySchema, (d, staff) => updateCategory(staff, d), 'catalogue.category.saved');
}

export async function updateMatterAction(_p: FormState, formData: FormData): Promise<FormState> {
  return edit(formData, matterSchema, (d, staff) => updateMatter(staff, d), 'catalogue.matter.saved');
}

export async function createMatterAction(_p: FormState, formData: FormData): Promise<FormState> {
  return edit(formData, createMatterSchema, (d, staff) => createMatter(staff, d), 'catalogue.matter.created');
}

export async function deleteMatterAction(_p: FormState, formData: FormData): Promise<FormState> {
  return edit(
    formData,
    matterIdSchema,
    (d, staff) => deleteMatter(staff, d.matterId),
    'catalogue.matter.deleted',
  );
}

export async function updateWalkInMatterAction(_p: FormState, formData: FormData): Promise<FormState> {
  return edit(formData, walkInSchema, (d, staff) => updateWalkInMatter(staff, d), 'catalogue.walkIn.saved');
}

export async function createWalkInMatterAction(_p: FormState, formData: FormData): Promise<FormState> {
  return edit(
    formData,
    createWalkInSchema,
    (d, staff) => createWalkInMatter(staff, d),
    'catalogue.walkIn.created',
  );
}
