#!/usr/bin/env node
// `npm start`: build when the sources are newer than the last build, then serve through the
// database supervisor (embedded PostgreSQL unless DATABASE_URL is set) with scripts/server.mjs,
// which passes the TCP peer's address to the app; migrations and the seed are applied first. In
// local mode it listens on the loopback only unless LISTEN_HOST says otherwise (lib/listen-host.mjs).
// `npm run start:prod` (--prod): for servers — serve the existing build as it is, without
// building, migrating or seeding (a deployment runs `npm run build` and `npm run db:deploy`).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildIfNeeded } from './lib/build.mjs';
import { listenHost } from './lib/listen-host.mjs';

const root = path.resolve(import.meta.dirname, '..');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const prod = process.argv.includes('--prod');
if (!prod) buildIfNeeded(root, env);
else if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.error('[termin] Brak zbudowanej aplikacji (.next): uruchom najpierw `npm run build`.');
  process.exit(1);
}

const port = process.env.PORT ?? '3000';
const base = process.env.APP_URL ?? `http://localhost:${port}`;
const local = !process.env.DATABASE_URL;
const host = listenHost(process.env);
const adminFile = path.join(process.env.TERMIN_DATA_DIR ?? '.data', 'admin-credentials.txt');
console.log(
  [
    '',
    'Termin — rezerwacja wizyt, Urząd Miasta Opola',
    `  Mieszkańcy:          ${base}/`,
    `  Stan usługi:         ${base}/api/health`,
    ...(local ? [`  Skrzynka (lokalna):  ${base}/dev/mailbox   (e-maile i SMS-y w trybie lokalnym)`] : []),
    `  Konto administratora: ${local ? adminFile : 'ADMIN_EMAIL / ADMIN_PASSWORD'}`,
    ...(local && !process.env.LISTEN_HOST
      ? [`  Dostępna tylko z tego komputera (${host}); z sieci: LISTEN_HOST=0.0.0.0`]
      : []),
    '',
  ].join('\n'),
);
const child = spawn(
  process.execPath,
  [
    path.join(root, 'scripts', 'with-db.mjs'),
    ...(prod ? ['--no-migrate'] : ['--seed']),
    '--',
    process.execPath,
    path.join(root, 'scripts', 'server.mjs'),
    '-p',
    port,
    ...(host ? ['-H', host] : []),
  ],
  { cwd: root, env, stdio: 'inherit' },
);
// Ctrl-C reaches the whole process group; the supervisor decides when all is stopped.
process.on('SIGINT', () => {});
for (const sig of /** @type {NodeJS.Signals[]} */ (['SIGTERM', 'SIGHUP']))
  process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
