import type { NextAuthConfig } from 'next-auth';
import { staffSessionSettings } from '@/lib/validation/config';

// The part of the staff sign-in configuration without a database: shared by proxy.ts (which
// keeps an active session alive on every /admin request) and lib/server/staff/auth.ts (which adds the
// Credentials provider). See docs/decisions/008-staff-sign-in.md.

const { idleMinutes, maxHours } = staffSessionSettings(process.env);

declare module 'next-auth' {
  interface Session {
    staffId: string;
    sessionVersion: number;
    /** This sign-in's own id: signing out lists it as revoked (lib/server/staff/revoke-staff-session.ts). */
    sessionId: string;
  }
  interface User {
    sessionVersion?: number;
    sessionId?: string;
  }
}

export const authConfig = {
  // Behind the city's reverse proxy; the host is not Vercel's.
  trustHost: true,
  // next-auth's own HTML pages (sign-in, error) are never shown: ours, in Polish, under the CSP.
  pages: { signIn: '/admin/logowanie', error: '/admin/logowanie' },
  // Inactivity: the cookie lives `idleMinutes` and is re-issued on every /admin request.
  session: { strategy: 'jwt', maxAge: idleMinutes * 60, updateAge: 0 },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
        token.sid = user.sessionId;
        token.signedInAt = Date.now();
      }
      // However active, a session ends `maxHours` after sign-in.
      const signedInAt = typeof token.signedInAt === 'number' ? token.signedInAt : 0;
      if (Date.now() - signedInAt > maxHours * 3_600_000) return null;
      return token;
    },
    session({ session, token }) {
      session.staffId = token.sub ?? '';
      session.sessionVersion = typeof token.sv === 'number' ? token.sv : -1;
      session.sessionId = typeof token.sid === 'string' ? token.sid : '';
      return session;
    },
  },
} satisfies NextAuthConfig;
