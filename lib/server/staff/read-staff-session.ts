import 'server-only';
import { auth } from './auth';

/** The staff session cookie's content, or null. (Integration tests replace this module.) */
export async function readStaffSession(): Promise<{
  staffId: string;
  sessionVersion: number;
  sessionId: string;
} | null> {
  const session = await auth();
  if (!session?.staffId) return null;
  return { staffId: session.staffId, sessionVersion: session.sessionVersion, sessionId: session.sessionId };
}
