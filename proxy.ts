import NextAuth from 'next-auth';
import { type NextRequest, NextResponse } from 'next/server';
import { authConfig } from '@/lib/auth/config';
import { securityHeaders } from '@/lib/http/security-headers';

// Every request but static files passes here. It gets a Content-Security-Policy with a fresh
// nonce: Next.js reads the policy from the request and puts the nonce on its own inline scripts,
// so no other inline script runs (pages render per request, see app/layout.tsx). HSTS when
// APP_URL is https. Decision record 014.
//
// In the staff area it also keeps an active session alive (the cookie is re-issued on every
// /admin request, so it ends after STAFF_IDLE_MINUTES without one) and sends signed-out
// visitors to the sign-in page. This is convenience, not protection: every admin page and action
// checks the session itself.
const { auth } = NextAuth(authConfig);

function secured(req: NextRequest, redirectTo?: URL): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
  const headers = securityHeaders({
    nonce,
    https: !!process.env.APP_URL?.startsWith('https://'),
    dev: process.env.NODE_ENV === 'development',
    api: req.nextUrl.pathname.startsWith('/api/'),
  });
  let res: NextResponse;
  if (redirectTo) res = NextResponse.redirect(redirectTo);
  else {
    const forward = new Headers(req.headers);
    forward.set('x-nonce', nonce);
    forward.set('content-security-policy', headers['Content-Security-Policy']!);
    // Next.js streams a page's metadata to a request without a User-Agent whatever htmlLimitedBots
    // says (next.config.ts), so its <title> could land in <body>: name one (decision 034).
    if (!forward.get('user-agent')) forward.set('user-agent', 'unnamed');
    res = NextResponse.next({ request: { headers: forward } });
  }
  for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
  return res;
}

const staffArea = auth((req) => {
  const { pathname, search } = req.nextUrl;
  if (req.auth || pathname.startsWith('/admin/logowanie') || req.method !== 'GET') return secured(req);
  const url = new URL('/admin/logowanie', req.nextUrl);
  url.searchParams.set('next', pathname + search);
  return secured(req, url);
});

export function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  // next-auth hands its second argument to the callback above, which has no use for it.
  if (pathname === '/admin' || pathname.startsWith('/admin/'))
    return staffArea(req, { params: Promise.resolve({}) });
  return secured(req);
}

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] };
