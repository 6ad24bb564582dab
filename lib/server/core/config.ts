import 'server-only';
import { type AppConfig, parseConfig } from '@/lib/validation/config';

let cached: AppConfig | undefined;

/** The configuration, parsed from the environment once (instrumentation.ts does it at start-up). */
export function getConfig(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}

/** PEUP page of a matter: PEUP_BASE_URL + the path staff keep up to date. */
export function peupUrl(path: string | null | undefined, base = getConfig().peupBaseUrl): string {
  if (!path) return base;
  return /^https?:\/\//.test(path) ? path : `${base}${path.startsWith('/') ? '' : '/'}${path}`;
}
