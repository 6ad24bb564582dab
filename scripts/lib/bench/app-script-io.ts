// The script's side of scripts/lib/bench/app-script.mjs: one JSON command a line on stdin, one
// JSON message a line on stdout; a command's last message has `done: true` (or `error`). The
// script ends when the benchmark closes its stdin.
import readline from 'node:readline';

export type Message = Record<string, unknown>;
export type Emit = (message: Message) => void;
export type Handler = (command: Message, emit: Emit) => Promise<Message>;

const emit: Emit = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

/** Runs the commands one after another until stdin ends, then `finish` (disconnect the client). */
export async function serveCommands(handlers: Record<string, Handler>, finish: () => Promise<void>) {
  const lines = readline.createInterface({ input: process.stdin });
  try {
    for await (const line of lines) {
      if (!line.trim()) continue;
      let command: Message;
      try {
        command = JSON.parse(line) as Message;
      } catch {
        emit({ error: `not JSON: ${line.slice(0, 80)}` });
        continue;
      }
      const handler = handlers[String(command.do)];
      if (!handler) {
        emit({ error: `unknown command ${String(command.do)}` });
        continue;
      }
      try {
        emit({ ...(await handler(command, emit)), done: true });
      } catch (e) {
        emit({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      }
    }
  } finally {
    await finish();
  }
}
