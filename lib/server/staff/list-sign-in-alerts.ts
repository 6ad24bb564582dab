import 'server-only';
import { prisma } from '@/lib/server/core/db';

export type SignInAlertView = {
  staffId: string;
  email: string;
  name: string;
  failures: number;
  since: Date;
  lastAt: Date;
};

/**
 * Accounts with many wrong passwords from any clients (lib/server/staff/throttle-sign-in.ts), for
 * administrators' /admin page until one dismisses them. At most one per account.
 */
export async function listSignInAlerts(): Promise<SignInAlertView[]> {
  const rows = await prisma.signInAlert.findMany({
    where: { raisedAt: { not: null } },
    orderBy: { since: 'asc' },
    select: {
      failures: true,
      since: true,
      lastAt: true,
      staff: { select: { id: true, email: true, name: true } },
    },
  });
  return rows.map(({ staff, ...r }) => ({ staffId: staff.id, email: staff.email, name: staff.name, ...r }));
}
