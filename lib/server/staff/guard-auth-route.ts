import 'server-only';
import type { NextRequest } from 'next/server';
import { translator } from '@/lib/i18n/translator';

type Handler = (req: NextRequest) => Promise<Response>;

/** The sign-in methods next-auth serves under /api/auth/{signin,callback}/<id>, and how. */
const PROVIDER_METHODS: Record<string, string[]> = { credentials: ['POST'] };

const CALLBACK_COOKIES = ['authjs.callback-url', '__Secure-authjs.callback-url'];

/** As next-auth checks it (assertConfig): a path on this site or an absolute http(s) URL. */
function isCallbackUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith('/') ? 'http://localhost' : undefined).protocol);
  } catch {
    return false;
  }
}

const refuse = (status: 400 | 404, message: string) =>
  Response.json({ error: status === 400 ? 'bad_request' : 'not_found', message }, { status });

/**
 * next-auth answers a few crafted requests with a 500 or its "server configuration" error page:
 * a callbackUrl (query, form or cookie) that is not a URL, an `error` that is not a word, or a
 * provider route asked with the wrong method or an unknown id. Those are refused here, before next-auth sees them.
 */
export function guardAuthRoute(handler: Handler): Handler {
  return async (req) => {
    const t = translator();
    const url = new URL(req.url);
    const [, provider] = /\/api\/auth\/(?:signin|callback)\/([^/]*)/.exec(url.pathname) ?? [];
    if (provider !== undefined && !PROVIDER_METHODS[provider]?.includes(req.method))
      return refuse(404, t('staff.noSuchSignIn'));
    const callbackUrls = [
      url.searchParams.get('callbackUrl'),
      ...CALLBACK_COOKIES.map((name) => req.cookies.get(name)?.value ?? null),
    ];
    if (
      req.method === 'POST' &&
      req.headers.get('content-type')?.includes('application/x-www-form-urlencoded')
    ) {
      const form = await req
        .clone()
        .formData()
        .catch(() => null);
      const field = form?.get('callbackUrl');
      callbackUrls.push(typeof field === 'string' ? field : null);
    }
    if (callbackUrls.some((u) => u !== null && !isCallbackUrl(u)))
      return refuse(400, t('staff.badCallbackUrl'));
    // next-auth copies `error` unencoded into the Location of its error page: a NUL byte or a
    // non-ASCII letter there makes the header invalid and the answer a 500. Its codes are words.
    const error = url.searchParams.get('error');
    if (error !== null && !/^\w{1,60}$/.test(error)) return refuse(400, t('staff.badSignInError'));
    return handler(req);
  };
}
