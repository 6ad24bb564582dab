import { z } from 'zod';
import { DEFAULT_RETENTION_DAYS } from '@/lib/domain/retention';
import { translator } from '@/lib/i18n/translator';

// The operator's messages, read when the process starts: in the office's language, not a reader's.
const t = translator();

// Environment variables, checked once at start-up. Local mode (the embedded database started
// by `npm start`) needs nothing; a deployment against its own PostgreSQL must say where mail
// goes, how it is reached, and its secret. Documented in .env.example and README.

// The operator reads these at start-up (in Polish, as the rest of the console output).
const SMS_COUNTRIES_FORMAT = t('validation.config.smsCountries');
const HOPS_HELP = t('validation.config.hopsHelp');

const url = (name: string) => z.url({ message: t('validation.config.url', { name }) });

const RETENTION_MESSAGE = t('validation.config.retentionDays', { days: String(DEFAULT_RETENTION_DAYS) });
const number = (name: string) => t('validation.config.number', { name });
const integer = (name: string) => t('validation.config.integer', { name });
const positive = (name: string) => t('validation.config.positive', { name });
const positiveInt = (name: string, fallback: number) =>
  z.coerce
    .number({ message: number(name) })
    .int(integer(name))
    .min(1, positive(name))
    .default(fallback);
const retentionDays = z.coerce
  .number({ message: RETENTION_MESSAGE })
  .int(RETENTION_MESSAGE)
  .min(1, RETENTION_MESSAGE)
  .max(365, RETENTION_MESSAGE)
  .default(DEFAULT_RETENTION_DAYS);

const base = z.object({
  DATABASE_URL: z
    .string({ message: t('validation.config.databaseUrlMissing') })
    .regex(/^postgres(ql)?:\/\//, t('validation.config.databaseUrl', { name: 'DATABASE_URL' })),
  DATABASE_LISTEN_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, t('validation.config.databaseUrl', { name: 'DATABASE_LISTEN_URL' }))
    .optional(),
  TERMIN_EMBEDDED_DB: z.enum(['1']).optional(),
  TERMIN_DATA_DIR: z.string().optional(),
  AUTH_SECRET: z
    .string()
    .min(32, t('validation.config.secret', { name: 'AUTH_SECRET' }))
    .optional(),
  DATA_SECRET: z
    .string()
    .min(32, t('validation.config.secret', { name: 'DATA_SECRET' }))
    .optional(),
  APP_URL: url('APP_URL').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, t('validation.config.smtpUrl'))
    .optional(),
  MAIL_FROM: z
    .string()
    .min(3)
    .default(`${t('notify.mailFromName')} <rezerwacje@um.opole.pl>`),
  PEUP_BASE_URL: url('PEUP_BASE_URL').default('https://peup.um.opole.pl'),
  SMS_GATEWAY: z.enum(['none', 'smsapi']).default('none'),
  SMSAPI_TOKEN: z.string().optional(),
  SMS_SENDER: z.string().max(11, t('validation.config.smsSender')).default('UM Opole'),
  // Countries whose mobile numbers may get SMS (ISO 3166 codes); lib/server/notify/sms-recipient.ts.
  SMS_COUNTRIES: z
    .string()
    .default('PL,UA')
    .transform((v) => [...new Set(v.split(',').map((c) => c.trim().toUpperCase()))].filter(Boolean))
    .pipe(z.array(z.string().regex(/^[A-Z]{2}$/, SMS_COUNTRIES_FORMAT)).min(1, SMS_COUNTRIES_FORMAT)),
  HOLD_LIMIT_PER_HOUR: positiveInt('HOLD_LIMIT_PER_HOUR', 10),
  SIGN_IN_LIMIT: positiveInt('SIGN_IN_LIMIT', 30),
  // Live screens' streams (docs/decisions/027-live-streams.md): open at once in one process, of
  // one client address (a waiting room's phones behind one Wi-Fi), of one live ticket; and how
  // long one stream lasts before the browser reopens it.
  LIVE_MAX_STREAMS: positiveInt('LIVE_MAX_STREAMS', 5_000),
  LIVE_MAX_STREAMS_PER_ADDRESS: positiveInt('LIVE_MAX_STREAMS_PER_ADDRESS', 200),
  LIVE_MAX_STREAMS_PER_TICKET: positiveInt('LIVE_MAX_STREAMS_PER_TICKET', 3),
  LIVE_STREAM_MINUTES: positiveInt('LIVE_STREAM_MINUTES', 15),
  RETENTION_DAYS: retentionDays,
  // Set only by `npm run bench:rush`: the benchmark's empty server action (app/bench/) answers.
  TERMIN_BENCH: z.enum(['1']).optional(),
  // How many reverse proxies in front of the app append the client to X-Forwarded-For; the
  // client address the limits count is read from there (lib/domain/client-address.ts).
  TRUSTED_PROXY_HOPS: z
    .string()
    .regex(/^[0-5]$/, t('validation.config.hops', { help: HOPS_HELP }))
    .transform(Number)
    .optional(),
});

export const configSchema = base.superRefine((env, ctx) => {
  const local = env.TERMIN_EMBEDDED_DB === '1';
  if (!local) {
    for (const key of ['AUTH_SECRET', 'DATA_SECRET', 'SMTP_URL', 'APP_URL'] as const) {
      if (!env[key]) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: t('validation.config.required', { name: key }),
        });
      }
    }
    // A wrong guess here either lets every client pick its own address or puts all of them
    // behind one: a deployment must say what stands in front of it.
    if (env.TRUSTED_PROXY_HOPS === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['TRUSTED_PROXY_HOPS'],
        message: t('validation.config.hopsRequired', { help: HOPS_HELP }),
      });
    }
  }
  if (env.SMS_GATEWAY === 'smsapi' && !env.SMSAPI_TOKEN) {
    ctx.addIssue({
      code: 'custom',
      path: ['SMSAPI_TOKEN'],
      message: t('validation.config.smsapiToken'),
    });
  }
});

export type AppConfig = {
  databaseUrl: string;
  localMode: boolean;
  dataDir: string | undefined;
  authSecret: string | undefined;
  /** Root of the keys that protect personal data at rest (lib/server/core/keys.ts). */
  dataSecret: string | undefined;
  appUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  peupBaseUrl: string;
  sms: { gateway: 'none' | 'smsapi'; token?: string; sender: string };
  /** Countries (ISO 3166 codes) whose mobile numbers may receive SMS; others get none. */
  smsCountries: string[];
  /** Holds ("Zarezerwuj") one client address may make per hour. */
  holdLimitPerHour: number;
  /** Staff sign-in attempts one client address may make per 15 minutes. */
  signInLimit: number;
  /** Caps on the live screens' event streams, and a stream's lifetime. */
  live: { maxStreams: number; perAddress: number; perTicket: number; streamMinutes: number };
  /** Days after the visit when e-mail, phone and application number are erased. */
  retentionDays: number;
  /** Proxies in front of the app that append to X-Forwarded-For (0: the TCP peer is the client). */
  trustedProxyHops: number;
  staffSession: { idleMinutes: number; maxHours: number };
  /** TERMIN_BENCH=1: the benchmark's empty server action answers (else it is a 404). */
  bench: boolean;
};

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`${t('validation.config.title')}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError with one line per missing or malformed variable. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const r = configSchema.safeParse(cleaned);
  if (!r.success) {
    throw new ConfigError(
      r.error.issues.map((i) => (i.path.length ? `${String(i.path[0])}: ${i.message}` : i.message)),
    );
  }
  const e = r.data;
  const localMode = e.TERMIN_EMBEDDED_DB === '1';
  return {
    databaseUrl: e.DATABASE_URL,
    localMode,
    dataDir: e.TERMIN_DATA_DIR,
    authSecret: e.AUTH_SECRET,
    dataSecret: e.DATA_SECRET,
    appUrl: (e.APP_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, ''),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    peupBaseUrl: e.PEUP_BASE_URL.replace(/\/$/, ''),
    sms: { gateway: e.SMS_GATEWAY, token: e.SMSAPI_TOKEN, sender: e.SMS_SENDER },
    smsCountries: e.SMS_COUNTRIES,
    holdLimitPerHour: e.HOLD_LIMIT_PER_HOUR,
    signInLimit: e.SIGN_IN_LIMIT,
    live: {
      maxStreams: e.LIVE_MAX_STREAMS,
      perAddress: e.LIVE_MAX_STREAMS_PER_ADDRESS,
      perTicket: e.LIVE_MAX_STREAMS_PER_TICKET,
      streamMinutes: e.LIVE_STREAM_MINUTES,
    },
    retentionDays: e.RETENTION_DAYS,
    trustedProxyHops: e.TRUSTED_PROXY_HOPS ?? 0,
    staffSession: staffSessionSettings(env),
    bench: e.TERMIN_BENCH === '1',
  };
}

/**
 * RETENTION_DAYS alone, for the seed (it writes the period into the regulations) which runs
 * without the rest of the application's configuration.
 */
export function parseRetentionDays(env: Record<string, string | undefined>): number {
  const r = retentionDays.safeParse(env.RETENTION_DAYS || undefined);
  if (!r.success) throw new ConfigError([`RETENTION_DAYS: ${RETENTION_MESSAGE}`]);
  return r.data;
}

/** The most STAFF_SESSION_MAX_HOURS may say (a revoked session is remembered this long). */
export const MAX_STAFF_SESSION_HOURS = 72;

const staffSession = z.object({
  STAFF_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  STAFF_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(MAX_STAFF_SESSION_HOURS).default(12),
});

/**
 * Staff session lifetimes: a session ends after `idleMinutes` without a request, and at the
 * latest `maxHours` after sign-in. Read where next-auth is configured (also in proxy.ts).
 */
export function staffSessionSettings(env: Record<string, string | undefined>) {
  const r = staffSession.safeParse({
    STAFF_IDLE_MINUTES: env.STAFF_IDLE_MINUTES || undefined,
    STAFF_SESSION_MAX_HOURS: env.STAFF_SESSION_MAX_HOURS || undefined,
  });
  if (!r.success)
    throw new ConfigError(
      r.error.issues.map((i) => `${String(i.path[0])}: ${t('validation.config.inRange')}`),
    );
  return { idleMinutes: r.data.STAFF_IDLE_MINUTES, maxHours: r.data.STAFF_SESSION_MAX_HOURS };
}
