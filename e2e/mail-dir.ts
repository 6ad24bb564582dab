import os from 'node:os';
import path from 'node:path';

export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 3125);
export const E2E_MAIL_DIR = path.join(os.tmpdir(), `termin-e2e-mail-${E2E_SMTP_PORT}`);
