import 'server-only';
import crypto from 'node:crypto';
import { secretsEqual } from '@/lib/server/core/codes';
import { getConfig } from '@/lib/server/core/config';
import { prisma } from '@/lib/server/core/db';
import { createCatalogueCache } from '@/lib/server/catalogue/catalogue-cache';

export type Regulations = { id: string; version: number; title: string; body: string };

// Read by every step of the flow; publishing a version empties it on every instance
// (publish-regulations.ts goes through changeCatalogue).
const regulationsCache = createCatalogueCache<Regulations>({ ttlMs: 10 * 60_000, max: 1 });

/** The version residents accept now (this process's copy; throws while none is published). */
export function getCurrentRegulations(): Promise<Regulations> {
  return regulationsCache('current', () =>
    prisma.regulationsVersion.findFirstOrThrow({
      orderBy: { version: 'desc' },
      select: { id: true, version: true, title: true, body: true },
    }),
  );
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
  const parts = value?.split('.') ?? [];
  if (parts.length !== 3) return null;
  const [v, t, mac] = parts as [string, string, string];
  if (!/^\d{1,9}$/.test(v) || !/^\d{1,15}$/.test(t)) return null;
  // Compared as bytes: a signature of as many characters but multi-byte ones is simply wrong.
  if (!secretsEqual(mac, sign(`${v}.${t}`))) return null;
  const version = Number(v);
  if (version !== currentVersion) return null; // a new version must be accepted anew
  return { version, acceptedAt: new Date(Number(t)) };
}
