import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { FormState } from '@/lib/validation/form-state';

/**
 * Whether this server action came from React's client: a POST that names the action in the
 * `Next-Action` header, the test Next.js itself makes (`isFetchAction`, internal). A browser
 * without JavaScript posts a multipart form with the action's id in a hidden `$ACTION_…` field.
 */
async function isFetchAction(): Promise<boolean> {
  return (await headers()).has('next-action');
}

/**
 * Sends the resident on to `to` (a path of this site). A form posted with JavaScript gets `goTo`
 * in its state and navigates there itself: a redirect would make Next.js render that page inside
 * the post's answer, through a request to itself without the browser's router state (decision
 * 040). Without JavaScript: a 303.
 */
export async function goOn(state: FormState, to: string): Promise<FormState> {
  if (await isFetchAction()) return { ...(state ?? { ok: true }), goTo: to };
  redirect(to);
}
