import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { type Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { processSingleton } from './process-singleton';

function createClient() {
  // Connecting is lazy: `next build` imports this module without a database.
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL ?? '' }) });
}

// One client per process: Next.js dev re-evaluates modules on every change.
export const prisma = processSingleton('prisma', createClient);

/** The caller's transaction: use cases that run inside another's take this. */
export type Tx = Prisma.TransactionClient;
/** Either the transaction or the client, for reads that run both ways. */
export type Db = Tx | typeof prisma;
