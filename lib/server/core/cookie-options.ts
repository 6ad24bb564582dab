import 'server-only';
import { getConfig } from './config';

/**
 * The options of every cookie Termin sets itself (next-auth sets its own): out of scripts' reach,
 * not sent with posts from other sites, and Secure whenever the service is reached over https
 * (APP_URL), so a local install on plain http still keeps them.
 */
export function cookieOptions({ path, maxAge }: { path: string; maxAge: number }) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: getConfig().appUrl.startsWith('https:'),
    path,
    maxAge,
  };
}
