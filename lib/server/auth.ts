import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from '@/lib/auth/config';
import { isAppError } from './errors';
import { authenticateStaff } from './staff-auth';

/** A refused sign-in that carries what to tell the staff member (locked, wrong password…). */
export class StaffSignInError extends CredentialsSignin {
  constructor(public readonly userMessage: string) {
    super(userMessage);
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
  providers: [
    Credentials({
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials) {
        try {
          const s = await authenticateStaff(
            String(credentials.email ?? ''),
            String(credentials.password ?? ''),
            new Date(),
          );
          return { id: s.id, email: s.email, name: s.name, sessionVersion: s.sessionVersion };
        } catch (e) {
          if (isAppError(e)) throw new StaffSignInError(e.userMessage);
          throw e;
        }
      },
    }),
  ],
});
