// A real SMTP server for the e2e run: the app's outbox worker delivers to it (SMTP_URL in
// playwright.config.ts), and each message is written as a JSON file that specs read.
import fs from 'node:fs';
import path from 'node:path';
import { startSmtpSink } from '../lib/testing/smtp-sink';
import { E2E_MAIL_DIR, E2E_SMTP_PORT } from './mail-dir';

export default async function globalSetup() {
  fs.rmSync(E2E_MAIL_DIR, { recursive: true, force: true });
  fs.mkdirSync(E2E_MAIL_DIR, { recursive: true });
  let n = 0;
  const sink = await startSmtpSink({
    port: E2E_SMTP_PORT,
    onMessage: (m) =>
      fs.writeFileSync(path.join(E2E_MAIL_DIR, `${Date.now()}-${n++}.json`), JSON.stringify(m)),
  });
  return () => sink.close();
}
