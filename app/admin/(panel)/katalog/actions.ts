'use server';

import { createMatter } from '@/lib/server/catalogue/create-matter';
import { createWalkInMatter } from '@/lib/server/catalogue/create-walk-in-matter';
import { deleteMatter } from '@/lib/server/catalogue/delete-matter';
import { updateCategory } from '@/lib/server/catalogue/update-category';
import { updateMatter } from '@/lib/server/catalogue/update-matter';
import { updateOffice } from '@/lib/server/catalogue/update-office';
import { updateWalkInMatter } from '@/lib/server/catalogue/update-walk-in-matter';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import { t } from '@/lib/i18n/t';
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

export async function updateOfficeAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: officeSchema,
    run: async (d, staff) => t('catalogue.office.saved', await updateOffice(staff, d)),
    done: t('catalogue.saved'),
    revalidate: REVALIDATE,
  });
}

export async function updateCategoryAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: categorySchema,
    run: async (d, staff) => t('catalogue.category.saved', await updateCategory(staff, d)),
    done: t('catalogue.saved'),
    revalidate: REVALIDATE,
  });
}

export async function updateMatterAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: matterSchema,
    run: async (d, staff) => t('catalogue.matter.saved', await updateMatter(staff, d)),
    done: t('catalogue.saved'),
    revalidate: REVALIDATE,
  });
}

export async function createMatterAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: createMatterSchema,
    run: async (d, staff) => t('catalogue.matter.created', await createMatter(staff, d)),
    done: t('catalogue.saved'),
    revalidate: REVALIDATE,
  });
}

export async function deleteMatterAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: matterIdSchema,
    run: async (d, staff) => t('catalogue.matter.deleted', await deleteMatter(staff, d.matterId)),
    done: t('catalogue.saved'),
    revalidate: REVALIDATE,
  });
}

export async function updateWalkInMatterAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: walkInSchema,
    run: async (d, staff) => t('catalogue.walkIn.saved', await updateWalkInMatter(staff, d)),
    done: t('catalogue.saved'),
    revalidate: REVALIDATE,
  });
}

export async function createWalkInMatterAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: createWalkInSchema,
    run: async (d, staff) => t('catalogue.walkIn.created', await createWalkInMatter(staff, d)),
    done: t('catalogue.saved'),
    revalidate: REVALIDATE,
  });
}
