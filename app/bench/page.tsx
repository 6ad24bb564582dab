import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { EmptyActionForm } from '@/components/bench/empty-action-form';
import { getConfig } from '@/lib/server/core/config';
import { emptyAction } from './actions';

export const metadata: Metadata = { title: 'bench', robots: { index: false } };

/** The empty server action's form, for `npm run bench:rush` only (TERMIN_BENCH=1); else a 404. */
export default async function BenchPage() {
  await connection();
  if (!getConfig().bench) notFound();
  return <EmptyActionForm emptyAction={emptyAction} />;
}
