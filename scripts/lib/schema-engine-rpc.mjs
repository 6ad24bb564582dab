// The protocol half of scripts/schema-engine.mjs, importable by tests.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import readline from 'node:readline';
import pg from 'pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { createMigrateAdapterFactory, poolConfigFromUrl } from './pg-migrate-adapter.mjs';

const require = createRequire(import.meta.url);

/** `--datamodels P… --datasource JSON [--enabled-preview-features …] [cli <command>]` */
export function parseArgs(argv) {
  /** @type {{ datamodels: string[]; datasource: Record<string, any>; cli: string | null }} */
  const out = { datamodels: [], datasource: {}, cli: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--datamodels') out.datamodels.push(argv[++i]);
    else if (a === '--datasource') out.datasource = JSON.parse(argv[++i]);
    else if (a === '--enabled-preview-features' || a === '--extension-types') i++;
    else if (a === 'cli') out.cli = argv[++i];
    else if (a === '--version' || a === '-V') out.cli = 'version';
  }
  return out;
}

/** A log line in the engine's format; the CLI reads `fields.error_code` from ERROR lines. */
function logLine(level, message, extra = {}) {
  return JSON.stringify({ level, fields: { message, ...extra }, target: 'schema_engine::logger' });
}

/** Maps a pg connection error to the Prisma error code the CLI understands. */
export function connectionErrorCode(error, database) {
  switch (error?.code) {
    case '3D000':
      return { code: 'P1003', message: `Database \`${database}\` does not exist` };
    case '28P01':
    case '28000':
      return {
        code: 'P1000',
        message: `Authentication failed against the database server: ${error.message}`,
      };
    default:
      return { code: 'P1001', message: `Can't reach database server: ${error?.message ?? error}` };
  }
}

/** One-shot commands: `cli can-connect-to-database`, `cli create-database`. Exit code = result. */
export async function runCli({ cli, datasource }) {
  if (cli === 'version') {
    process.stdout.write(`schema-engine-wasm ${engineVersion()}\n`);
    return 0;
  }
  const { config } = poolConfigFromUrl(datasource.url);
  const fail = (code, message) => {
    // The CLI ignores the first stderr line and parses the rest as JSON log lines.
    process.stderr.write(
      `schema-engine-wasm ${cli} failed\n${logLine('ERROR', message, { error_code: code })}\n`,
    );
    return 1;
  };
  const client = new pg.Client(config);
  try {
    await client.connect();
    await client.end();
    return 0;
  } catch (error) {
    if (cli === 'create-database' && error?.code === '3D000') {
      const admin = new pg.Client({ ...config, database: 'postgres' });
      try {
        await admin.connect();
        await admin.query(`CREATE DATABASE "${config.database.replaceAll('"', '""')}"`);
        await admin.end();
        return 0;
      } catch (e) {
        const { code, message } = connectionErrorCode(e, config.database);
        return fail(code, message);
      }
    }
    const { code, message } = connectionErrorCode(error, config.database);
    return fail(code, message);
  }
}

function engineVersion() {
  return require('@prisma/schema-engine-wasm/package.json').version;
}

async function loadWasmEngine() {
  // wasm-bindgen reports panics through this global; without it the message is lost.
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: '',
    set_message(m) {
      this.message = m;
      process.stderr.write(`${logLine('ERROR', `PANIC: ${m}`)}\n`);
    },
  };
  const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmPath = require
    .resolve('@prisma/schema-engine-wasm')
    .replace(/schema_engine\.js$/, 'schema_engine_bg.wasm');
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), {
    './schema_engine_bg.js': bg,
  });
  bg.__wbg_set_wasm(instance.exports);
  /** @type {any} */ (instance.exports).__wbindgen_start();
  return bg.SchemaEngine;
}

/** The JSON-RPC error the CLI expects (code 4466, details in `data`). */
export function rpcError(id, error) {
  let data;
  if (error && typeof error === 'object' && 'is_panic' in error) data = error;
  else {
    const text = error instanceof Error ? error.message : String(error);
    try {
      const parsed = JSON.parse(text);
      data =
        typeof parsed === 'object' && parsed
          ? { is_panic: false, ...parsed }
          : { is_panic: false, message: text };
    } catch {
      data = { is_panic: false, message: text };
    }
    const panic = globalThis.PRISMA_WASM_PANIC_REGISTRY?.message;
    if (panic) data = { is_panic: true, message: panic, error: { message: panic } };
  }
  return {
    jsonrpc: '2.0',
    id,
    error: { code: 4466, message: 'An error happened. Check the data field for details.', data },
  };
}

const METHOD_ALIASES = { getDatabaseVersion: 'version' };

/**
 * Long-running mode. Start-up failures (bad schema path, unreachable database, WASM load) are
 * not allowed to end the process: the 7.10 CLI would then exit 0 as if all went well. They are
 * answered as JSON-RPC errors to every request instead.
 */
export async function runServer({ datamodels, datasource }, input, output) {
  const write = (msg) => output.write(`${JSON.stringify(msg)}\n`);
  let printId = 1_000_000;
  const enginePromise = (async () => {
    if (!datasource?.url) throw new Error('Brak adresu bazy danych (DATABASE_URL) w konfiguracji Prismy.');
    const files = datamodels.map((p) => [p, fs.readFileSync(p, 'utf8')]);
    // The native engine runs without a schema (e.g. for `migrate diff`); the WASM engine panics
    // without one, so it gets a datasource-only schema naming the provider.
    if (files.length === 0)
      files.push(['datasource.prisma', 'datasource db {\n  provider = "postgresql"\n}\n']);
    const SchemaEngine = await loadWasmEngine();
    const factory = bindMigrationAwareSqlAdapterFactory(
      /** @type {any} */ (createMigrateAdapterFactory(datasource.url, datasource.shadowDatabaseUrl)),
    );
    const log = (line) => process.stderr.write(`${typeof line === 'string' ? line : JSON.stringify(line)}\n`);
    return SchemaEngine.new({ datamodels: files }, log, factory);
  })();
  enginePromise.catch(() => {}); // reported per request below

  // A panic inside the WASM engine surfaces as an uncaught exception from a callback. The
  // process must not die silently (the CLI would exit 0): every open request gets the panic.
  let fatal = null;
  let onFatal;
  const fatalPromise = new Promise((resolve) => (onFatal = resolve));
  process.on('uncaughtException', (error) => {
    const panic = globalThis.PRISMA_WASM_PANIC_REGISTRY?.message;
    const message = panic || (error?.stack ?? String(error));
    fatal = { is_panic: true, message, error: { message } };
    onFatal(fatal);
  });

  const pending = new Set();
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let req;
    try {
      req = JSON.parse(line);
    } catch {
      continue;
    }
    if (req.method === undefined) continue; // a response to one of our `print` requests
    const task = Promise.race([handle(req), fatalPromise.then((data) => rpcError(req.id, data))]).then(write);
    pending.add(task);
    task.finally(() => pending.delete(task));
  }
  await Promise.allSettled([...pending]);
  const engine = await enginePromise.catch(() => null);
  if (!fatal) engine?.free?.();

  async function handle(req) {
    try {
      if (fatal) return rpcError(req.id, fatal);
      const engine = await enginePromise;
      const name = METHOD_ALIASES[req.method] ?? req.method;
      if (typeof engine[name] !== 'function') throw new Error(`Unknown schema engine method: ${req.method}`);
      const result = await engine[name](req.params ?? {});
      if (result && typeof result === 'object' && typeof result.stdout === 'string' && result.stdout) {
        write({ jsonrpc: '2.0', id: printId++, method: 'print', params: { content: result.stdout } });
      }
      return { jsonrpc: '2.0', id: req.id, result: result ?? null };
    } catch (error) {
      return rpcError(req.id, error);
    }
  }
}
