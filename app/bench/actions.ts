'use server';

import { notFound } from 'next/navigation';
import { getConfig } from '@/lib/server/core/config';
import type { FormState } from '@/lib/validation/form-state';

/**
 * Does nothing: `npm run bench:rush` posts it exactly as it posts "Zarezerwuj", so the figure is
 * what the framework alone costs for one server action (parse the post, run, answer). Only a
 * server started with TERMIN_BENCH=1 answers; anywhere else it is a 404, like its page.
 */
export async function emptyAction(): Promise<FormState> {
  if (!getConfig().bench) notFound();
  return { ok: true };
}
