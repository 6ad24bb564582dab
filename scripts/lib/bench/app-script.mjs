// A TypeScript script run against the benchmark's database with the app's own lib/server code
// (tsx with the react-server condition, as the seed runs: `server-only` resolves, `@/` paths
// work) and the servers' environment, so it shares their DATA_SECRET (signed links) and database.
// It talks in JSON lines: each command written to its stdin is one line, each line it prints is
// one message; scripts/lib/bench/app-script-io.ts is its side of that.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

/**
 * @typedef {Record<string, unknown>} Message
 * @typedef {{
 *   send: (command: Message) => void;
 *   request: (command: Message, opts?: { timeoutMs?: number; onMessage?: (m: Message) => void }) => Promise<Message>;
 *   close: () => Promise<void>;
 * }} AppScript
 */

/**
 * @param {{ root: string; env: NodeJS.ProcessEnv }} stack
 * @param {string} file  the script, relative to the repository's root
 * @returns {AppScript}
 */
export function startAppScript(stack, file) {
  const child = spawn(
    path.join(stack.root, 'node_modules', '.bin', 'tsx'),
    [
      '--import',
      path.join(stack.root, 'scripts', 'lib', 'bench', 'server-only-hook.mjs'),
      path.join(stack.root, file),
    ],
    { cwd: stack.root, env: stack.env, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  /** @type {((m: Message | null) => void)[]} */
  const waiting = [];
  /** @type {Message[]} */
  const queued = [];
  const deliver = (/** @type {Message | null} */ m) => {
    const next = waiting.shift();
    if (next) next(m);
    else if (m) queued.push(m);
  };
  readline
    .createInterface({ input: /** @type {import('node:stream').Readable} */ (child.stdout) })
    .on('line', (line) => {
      if (!line.startsWith('{')) return; // whatever else a module prints
      try {
        deliver(JSON.parse(line));
      } catch {
        // not one of ours
      }
    });
  child.on('exit', () => {
    while (waiting.length) deliver(null);
  });
  const nextMessage = () =>
    queued.length
      ? Promise.resolve(/** @type {Message} */ (queued.shift()))
      : new Promise((/** @type {(m: Message | null) => void} */ r) => waiting.push(r));

  /** @param {Message} command */
  const send = (command) => child.stdin?.write(`${JSON.stringify(command)}\n`);

  return {
    send,
    /** Sends a command, hands every message to `onMessage`, resolves with the one that says `done`. */
    async request(command, { timeoutMs = 300_000, onMessage } = {}) {
      send(command);
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const left = deadline - Date.now();
        /** @type {NodeJS.Timeout | undefined} */
        let timer;
        const m = await Promise.race([
          nextMessage(),
          new Promise(
            (/** @type {(v: 'timeout') => void} */ r) => (timer = setTimeout(() => r('timeout'), left)),
          ),
        ]);
        clearTimeout(timer);
        if (m === 'timeout')
          throw new Error(`${file}: no answer to ${String(command.do)} in ${timeoutMs / 1000} s`);
        if (m === null) throw new Error(`${file} ended (exit code ${child.exitCode})`);
        if (m.error) throw new Error(`${file}: ${String(m.error)}`);
        onMessage?.(m);
        if (m.done) return m;
      }
    },
    close() {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.stdin?.end();
      });
    },
  };
}
