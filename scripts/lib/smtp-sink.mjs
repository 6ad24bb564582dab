// A real SMTP server for tests and benchmarks: what the outbox worker sends ends up here, over the
// same protocol a city relay speaks, so a test checks delivery rather than a mock's call log.
// Plain JavaScript, so the benchmarks (node, no build) use it as the tests do
// (lib/testing/smtp-sink.ts).
import { SMTPServer } from 'smtp-server';

/**
 * @typedef {{
 *   to: string[];
 *   subject: string;
 *   raw: string;
 * }} SinkMessage  `to`: the envelope recipients (RCPT TO), where the message really goes;
 *   `subject`: the Subject header, decoded from MIME encoded-words (Polish subjects arrive encoded).
 * @typedef {{
 *   url: string;
 *   messages: SinkMessage[];
 *   waitFor: (to: string, subject: RegExp, timeoutMs: number) => Promise<SinkMessage | null>;
 *   close: () => Promise<void>;
 * }} SmtpSink  `waitFor`: the first message to `to` whose subject matches, or null after timeoutMs.
 */

/**
 * Listens on 127.0.0.1 (at a free port unless one is given); accepts any login or none, and no
 * TLS. `onMessage` lets the e2e set-up hand messages to tests in other processes.
 * @param {{ port?: number; onMessage?: (m: SinkMessage) => void }} [opts]
 * @returns {Promise<SmtpSink>}
 */
export async function startSmtpSink(opts = {}) {
  /** @type {SinkMessage[]} */
  const messages = [];
  /** @type {Set<(m: SinkMessage) => void>} */
  const waiting = new Set();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1_000,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? 'test' });
    },
    onData(stream, session, callback) {
      /** @type {Buffer[]} */
      const chunks = [];
      stream.on('data', (/** @type {Buffer} */ c) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const message = {
          to: session.envelope.rcptTo.map((a) => a.address),
          subject: decodeWords(readHeader(raw, 'subject') ?? ''),
          raw,
        };
        messages.push(message);
        opts.onMessage?.(message);
        for (const w of [...waiting]) w(message);
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.server.address());
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor(to, subject, timeoutMs) {
      const matches = (/** @type {SinkMessage} */ m) => m.to.includes(to) && subject.test(m.subject);
      const found = messages.find(matches);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => {
        const done = (/** @type {SinkMessage | null} */ m) => {
          clearTimeout(timer);
          waiting.delete(check);
          resolve(m);
        };
        const check = (/** @type {SinkMessage} */ m) => matches(m) && done(m);
        const timer = setTimeout(() => done(null), timeoutMs);
        waiting.add(check);
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

/**
 * @param {string} raw
 * @param {string} name
 */
function readHeader(raw, name) {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name}:`));
  return line?.slice(name.length + 1).trim();
}

/**
 * RFC 2047: `=?UTF-8?B?…?=` and `=?UTF-8?Q?…?=`; the space between two encoded words is dropped.
 * @param {string} value
 */
function decodeWords(value) {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, /** @type {string} */ charset, enc, text) => {
      const bytes =
        enc.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text
                .replace(/_/g, ' ')
                .replace(/=([0-9A-Fa-f]{2})/g, (/** @type {string} */ _m, /** @type {string} */ h) =>
                  String.fromCharCode(parseInt(h, 16)),
                ),
              'latin1',
            );
      return new TextDecoder(charset).decode(bytes);
    });
}
