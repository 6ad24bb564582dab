import 'server-only';
import type { AppConfig } from '@/lib/validation/config';
import { translator } from '@/lib/i18n/translator';

/** Whatever sends a text message; rejects when it was not accepted, so the outbox retries it. */
export type SmsGateway = { send(to: string, text: string): Promise<void> };

const SMSAPI_URL = 'https://api.smsapi.pl/sms.do';
/** Longest one SMS may take; the outbox worker's lease is sized on it. */
export const SMS_TIMEOUT_MS = 15_000;

/**
 * The gateway SMS_GATEWAY names, or null for `none`: then SMS messages are not sent (in local
 * mode they stay in the outbox and are shown at /dev/mailbox). `fetchImpl` is for tests.
 */
export function createSmsGateway(sms: AppConfig['sms'], fetchImpl: typeof fetch = fetch): SmsGateway | null {
  if (sms.gateway === 'smsapi') {
    const t = translator();
    if (!sms.token) throw new Error(t('validation.config.smsapiToken'));
    return createSmsapiGateway(sms.token, sms.sender, fetchImpl);
  }
  return null;
}

function createSmsapiGateway(token: string, sender: string, fetchImpl: typeof fetch): SmsGateway {
  return {
    async send(to, text) {
      const res = await fetchImpl(SMSAPI_URL, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: new URLSearchParams({
          // SMSAPI documents numbers as 48xxxxxxxxx; ours are stored in E.164 (+48…).
          to: to.replace(/^\+/, ''),
          message: text,
          from: sender,
          format: 'json',
          encoding: 'utf-8',
        }),
        // A hung request would otherwise hold the worker's batch past its lease.
        signal: AbortSignal.timeout(SMS_TIMEOUT_MS),
      });
      const body = (await res.json().catch(() => null)) as { error?: unknown; message?: unknown } | null;
      // SMSAPI reports many refusals (no credit, bad number, unknown sender) with HTTP 200 and an
      // `error` code. A 2xx without readable JSON counts as sent: retrying it could send it twice.
      if (!res.ok || (body?.error !== undefined && body.error !== null)) {
        const t = translator();
        const detail = body?.message ?? body?.error ?? t('notify.log.smsUnreadable');
        throw new Error(t('notify.log.smsRefused', { status: String(res.status), detail: String(detail) }));
      }
    },
  };
}
