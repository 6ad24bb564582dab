import path from 'node:path';
import nextEnv from '@next/env';
import { defineConfig } from 'prisma/config';

// The same `.env` files as Next.js and scripts/with-db.mjs read (variables already set win).
nextEnv.loadEnvConfig(process.env.TERMIN_ENV_DIR ?? import.meta.dirname, false, {
  info() {},
  error: console.error,
});

// Prisma 7's CLI would download a native schema engine; this workplace (and many city networks)
// cannot. Our own executable runs the same engine as WebAssembly. See docs/decisions/002.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, 'scripts', 'schema-engine.mjs');

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx --conditions=react-server prisma/seed.ts' },
  datasource: process.env.DATABASE_URL
    ? {
        url: process.env.DATABASE_URL,
        ...(process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL } : {}),
      }
    : undefined,
});
