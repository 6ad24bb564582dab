// A second app server for specs that need settings of their own (default limits, an https
// APP_URL): the same build and database as the main e2e server, started the way `npm start`
// serves (scripts/server.mjs) on a free port, stopped after the spec.
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import path from 'node:path';
import { E2E_SMTP_PORT } from './mail-dir';

export type OwnServer = { url: string; stop: () => Promise<void> };

export async function startOwnServer(settings: Record<string, string | undefined>): Promise<OwnServer> {
  const env: Record<string, string> = {};
  const merged = { ...process.env, SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`, ...settings };
  for (const [k, v] of Object.entries(merged)) if (v !== undefined) env[k] = v;
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(
    process.execPath,
    [path.join(import.meta.dirname, '..', 'scripts', 'server.mjs'), '-p', '0', '-H', '127.0.0.1'],
    { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Gotowe: (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.on('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
