import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authConfig } from '@/lib/auth/config';

// Keeps an active staff session alive (the cookie is re-issued on every /admin request, so it
// ends after STAFF_IDLE_MINUTES without one) and sends signed-out visitors to the sign-in page.
// This is convenience, not protection: every admin page and action checks the session itself.
const { auth } = NextAuth(authConfig);

export const proxy = auth((req) => {
  const { pathname, search } = req.nextUrl;
  if (req.auth || pathname.startsWith('/admin/logowanie') || req.method !== 'GET') return;
  const url = new URL('/admin/logowanie', req.nextUrl);
  url.searchParams.set('next', pathname + search);
  return NextResponse.redirect(url);
});

export const config = { matcher: ['/admin', '/admin/:path*'] };
