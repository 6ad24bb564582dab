import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

// A real SMTP server for tests: what the outbox worker sends ends up here, over the same protocol
// a city relay speaks, so a test checks delivery rather than a mock's call log.

export type SinkMessage = {
  /** Envelope recipients (RCPT TO), which is where the message really goes. */
  to: string[];
  /** The Subject header, decoded from MIME encoded-words (Polish subjects arrive encoded). */
  subject: string;
  raw: string;
};

export type SmtpSink = { url: string; messages: SinkMessage[]; close(): Promise<void> };

/**
 * Listens on 127.0.0.1 (at a free port unless one is given); accepts any login or none, and no
 * TLS. `onMessage` lets the e2e set-up hand messages to tests in other processes.
 */
export async function startSmtpSink(
  opts: { port?: number; onMessage?: (m: SinkMessage) => void } = {},
): Promise<SmtpSink> {
  const messages: SinkMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1_000,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? 'test' });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const message = {
          to: session.envelope.rcptTo.map((a) => a.address),
          subject: decodeWords(readHeader(raw, 'subject') ?? ''),
          raw,
        };
        messages.push(message);
        opts.onMessage?.(message);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(resolve)),
  };
}

function readHeader(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name}:`));
  return line?.slice(name.length + 1).trim();
}

/** RFC 2047: `=?UTF-8?B?…?=` and `=?UTF-8?Q?…?=`; the space between two encoded words is dropped. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset: string, enc: string, text: string) => {
      const bytes =
        enc.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text
                .replace(/_/g, ' ')
                .replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
              'latin1',
            );
      return new TextDecoder(charset).decode(bytes);
    });
}
