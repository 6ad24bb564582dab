import 'server-only';
import { headers } from 'next/headers';

/**
 * Whether this server action came from React's client (a fetch that names the action in the
 * `Next-Action` header) and not from a browser without JavaScript (a multipart post, the action's
 * id in a hidden `$ACTION_…` field).
 *
 * Only the first can be answered with the page to go to (`goTo`, the form navigates there itself).
 * A redirect from an action makes Next.js render the whole target page inside the post's answer,
 * through a request to itself that drops the browser's router state (decision 040). The second
 * needs the 303.
 */
export async function postedByScript(): Promise<boolean> {
  return (await headers()).has('next-action');
}
