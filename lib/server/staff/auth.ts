import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from '@/lib/auth/config';
import { type AppError, isAppError } from '@/lib/server/core/errors';
import { revokeStaffSession } from './revoke-staff-session';
import { signInStaff } from './sign-in-staff';

/**
 * A refused sign-in (locked, wrong password…): next-auth passes only a CredentialsSignin through
 * signIn(), so the AppError with its code travels inside one, to be answered by the action.
 */
export class StaffSignInError extends CredentialsSignin {
  constructor(public readonly refusal: AppError) {
    super(refusal.code);
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  // A refused sign-in is an expected answer (said to the person, lock-outs audited), not an error.
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
