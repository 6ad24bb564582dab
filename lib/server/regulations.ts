import 'server-only';
import crypto from 'node:crypto';
import { getConfig } from './config';
import { prisma } from './db';

export type Regulations = { id: string; version: number; title: string; body: string };

export async function getCurrentRegulations(): Promise<Regulations> {
  return prisma.regulationsVersion.findFirstOrThrow({
    orderBy: { version: 'desc' },
    select: { id: true, version: true, title: true, body: true },
  });
}

/** Acceptance travels in a cookie signed with AUTH_SECRET: version and time, nothing personal. */
export const ACCEPTANCE_COOKIE = 'termin_regulamin';

function sign(payload: string): string {
  const secret = getConfig().authSecret ?? 'local-development-secret';
  return crypto.createHmac('sha256', secret).update(payload).digest('base64url');
}

export function encodeAcceptance(version: number, at: Date): string {
  const payload = `${version}.${at.getTime()}`;
  return `${payload}.${sign(payload)}`;
}

/** The accepted version and time, or null for a missing, forged or outdated cookie. */
export function decodeAcceptance(
  value: string | undefined,
  currentVersion: number,
): { version: number; acceptedAt: Date } | null {
  if (!value) return null;
  const [v, t, mac] = value.split('.');
  if (!v || !t || !mac) return null;
  const expected = sign(`${v}.${t}`);
  if (mac.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(expected)))
    return null;
  const version = Number(v);
  if (version !== currentVersion) return null; // a new version must be accepted anew
  return { version, acceptedAt: new Date(Number(t)) };
}
