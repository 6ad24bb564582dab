import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import { cookies } from 'next/headers';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from '@/lib/auth/config';
import { type AppError, isAppError } from '@/lib/server/core/errors';
import { KNOWN_DEVICE_COOKIE, knownDeviceCookieOptions } from './known-device';
import { revokeStaffSession } from './revoke-staff-session';
import { signInStaff } from './sign-in-staff';

/**
 * A refused sign-in (a wait, a wrong password…): next-auth passes only a CredentialsSignin through
 * signIn(), so the AppError with its code travels inside one, to be answered by the action.
 */
export class StaffSignInError extends CredentialsSignin {
  constructor(public readonly refusal: AppError) {
    super(refusal.code);
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  // A refused sign-in is an expected answer (said to the person), not an error.
  logger: {
    error(e) {
      if ((e as { type?: string }).type !== 'CredentialsSignin') console.error('[auth]', e);
    },
  },
  // Signing out through next-auth's own endpoint ends the session on the server too (the
  // sign-out action revokes it itself first, so a database error there is not swallowed).
  events: {
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      if (token?.sub && typeof token.sid === 'string')
        await revokeStaffSession(token.sid, token.sub, new Date());
    },
  },
  providers: [
    Credentials({
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, request) {
        try {
          const s = await signInStaff(credentials, request.headers, new Date());
          // Set on the answer of whichever request signed in: the sign-in form's server action
          // or next-auth's own route (Next.js adds cookies set here to either).
          (await cookies()).set(KNOWN_DEVICE_COOKIE, s.knownDevice, knownDeviceCookieOptions());
          return {
            id: s.id,
            email: s.email,
            name: s.name,
            sessionVersion: s.sessionVersion,
            sessionId: s.sessionId,
          };
        } catch (e) {
          if (isAppError(e)) throw new StaffSignInError(e);
          throw e;
        }
      },
    }),
  ],
});
