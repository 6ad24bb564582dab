// A migration-aware driver adapter factory for the WASM schema engine, built on
// @prisma/adapter-pg but correcting three behaviours that break Prisma Migrate (each has a test
// in scripts/lib/pg-migrate-adapter.test.ts; see docs/decisions/002-offline-schema-engine.md):
//  1. The pool is built from the URL's parsed parts, never from `connectionString`: adapter-pg
//     builds the shadow pool as {...config, database}, and a connectionString overrides
//     `database`, so the "shadow" database would silently be the real one.
//  2. PostgreSQL catalog types adapter-pg does not know (regproc, …) are read as text, and
//     "char" as a character (the engine reads a CHECK constraint's type as one), instead of
//     failing the engine's description of the database.
//  3. The shadow database is dropped only after its pool is closed (adapter-pg drops it first,
//     which fails while connections are open), and `executeScript` sends a migration as one
//     script instead of splitting it naively on ";", keeping the database's error message.
import { PrismaPg } from '@prisma/adapter-pg';
import { ColumnTypeEnum, DriverAdapterError } from '@prisma/driver-adapter-utils';
import { dropDatabase } from './drop-database.mjs';

/** Catalog type OIDs that adapter-pg rejects; their text form is what the engine wants. */
const CATALOG_TEXT_OIDS = new Set([
  18, // "char"
  22, // int2vector
  24, // regproc
  28, // xid
  30, // oidvector
  194, // pg_node_tree
  1033, // aclitem
  2205, // regclass
  2206, // regtype
  3361, // pg_ndistinct
  3402, // pg_dependencies
  5017, // pg_mcv_list
]);
const TEXT_OID = 25;

/** Pool options from a postgres URL, field by field (never `connectionString`). */
export function poolConfigFromUrl(url) {
  const u = new URL(url);
  if (u.protocol !== 'postgresql:' && u.protocol !== 'postgres:') {
    throw new Error(`Nieobsługiwany adres bazy danych: ${u.protocol} (oczekiwano postgresql://)`);
  }
  const params = u.searchParams;
  const config = {
    host: decodeURIComponent(u.hostname) || params.get('host') || 'localhost',
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres',
  };
  const sslmode = params.get('sslmode');
  if (sslmode && sslmode !== 'disable') config.ssl = { rejectUnauthorized: sslmode === 'verify-full' };
  const schema = params.get('schema') ?? undefined;
  return { config, schema };
}

const CHAR_OID = 18;
/**
 * The "char" columns of a query's result, from performIO (which sees the OIDs) to queryRaw (which
 * types the columns); keyed by the query object both receive, so concurrent queries never mix.
 * @type {WeakMap<object, number[]>}
 */
const charColumns = new WeakMap();

function patchQueryable(q) {
  const performIO = q.performIO.bind(q);
  q.performIO = async (query) => {
    const result = await performIO(query);
    const chars = [];
    (result?.fields ?? []).forEach((field, i) => {
      if (field.dataTypeID === CHAR_OID) chars.push(i);
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    });
    if (chars.length) charColumns.set(query, chars);
    return result;
  };
  const queryRaw = q.queryRaw.bind(q);
  q.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(query) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return q;
}

function patchAdapter(adapter) {
  patchQueryable(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => patchQueryable(await startTransaction(...args));
  // One simple-protocol query: PostgreSQL runs a multi-statement script atomically, and
  // semicolons inside strings or function bodies stay intact.
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      // Keep the database's own words ("relation … does not exist"), not a generic kind.
      if (typeof error?.code !== 'string' || typeof error?.severity !== 'string') adapter.onError(error);
      throw new DriverAdapterError({
        kind: 'postgres',
        code: error.code,
        severity: error.severity,
        message: error.message,
        detail: error.detail,
        column: error.column,
        hint: error.hint,
      });
    }
  };
  return adapter;
}

/** A SqlMigrationAwareDriverAdapterFactory for `url`, with an optional fixed shadow database. */
export function createMigrateAdapterFactory(url, shadowUrl) {
  const { config, schema } = poolConfigFromUrl(url);
  const options = schema ? { schema } : undefined;
  const main = new PrismaPg(config, options);
  return {
    provider: 'postgres',
    adapterName: main.adapterName,
    config,
    async connect() {
      return patchAdapter(await main.connect());
    },
    async connectToShadowDb() {
      if (shadowUrl) {
        const shadow = poolConfigFromUrl(shadowUrl);
        return patchAdapter(await new PrismaPg(shadow.config, options).connect());
      }
      const admin = await main.connect();
      const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
      await admin.underlyingDriver().query(`CREATE DATABASE "${database}"`);
      const shadowAdapter = patchAdapter(await new PrismaPg({ ...config, database }, options).connect());
      const dispose = shadowAdapter.dispose.bind(shadowAdapter);
      shadowAdapter.dispose = async () => {
        await dispose();
        await dropDatabase((sql) => admin.underlyingDriver().query(sql), database);
        await admin.dispose();
      };
      shadowAdapter.shadowDatabaseName = database;
      return shadowAdapter;
    },
  };
}
