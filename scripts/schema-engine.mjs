#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the CLI would download. It speaks
// the same stdio protocol (newline-delimited JSON-RPC 2.0) and runs the same engine compiled to
// WebAssembly over @prisma/adapter-pg. The CLI finds it through PRISMA_SCHEMA_ENGINE_BINARY,
// set in prisma.config.ts. See docs/decisions/002-offline-schema-engine.md.
import { parseArgs, runCli, runServer } from './lib/schema-engine-rpc.mjs';

const args = parseArgs(process.argv.slice(2));
if (args.cli) {
  process.exitCode = await runCli(args);
} else {
  await runServer(args, process.stdin, process.stdout);
}
