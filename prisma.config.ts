import path from 'node:path';
import { defineConfig } from 'prisma/config';

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
