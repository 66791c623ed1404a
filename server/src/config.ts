import path from 'node:path';
import { z } from 'zod';
import { isValidTimeZone } from '@bangtin/shared';
import { redactDatabaseUrl } from './store/pg/databaseUrl.ts';

/**
 * Every environment variable the server reads, validated once at start. A bad value stops the start
 * with a message naming the variable; secrets are never printed.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Unset: 0.0.0.0 (every interface), or 127.0.0.1 with TRUST_PROXY=1 (only the proxy on this machine reaches the app). */
  HOST: z.string().min(1).optional().or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().min(1).default('./data'),
  ADMIN_PASSWORD: z
    .string()
    .min(10, 'ADMIN_PASSWORD must be at least 10 characters')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  TZ: z
    .string()
    .default('Asia/Ho_Chi_Minh')
    .refine(isValidTimeZone, 'TZ must be an IANA timezone such as Asia/Ho_Chi_Minh'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set to 1 behind a reverse proxy so client IPs (rate limits) and https detection are right. */
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  /** `self-signed`: HTTPS with a certificate generated for this machine's LAN names (kept in DATA_DIR/tls). */
  TLS: z.enum(['off', 'self-signed']).default('off'),
  /** PEM certificate (chain) and key files: HTTPS with them. */
  TLS_CERT: z.string().optional().or(z.literal('').transform(() => undefined)),
  TLS_KEY: z.string().optional().or(z.literal('').transform(() => undefined)),
  /** With TLS: the HTTPS port; PORT then only redirects to it. */
  HTTPS_PORT: z.coerce.number().int().min(0).max(65535).default(3443),
  /** With TLS: 0 = no plain-HTTP listener at all (not even the redirect). */
  HTTP_REDIRECT: z.enum(['0', '1']).default('1'),
  SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  /** Folder with the built pages (display/dist, admin/dist); defaults to the repo checkout. */
  PAGES_DIR: z.string().optional(),
  /**
   * Demos and end-to-end tests only: the server's clock starts at this instant and runs at normal speed, to show what a
   * schedule plays "at 07:15 on Monday" at any hour. Never set it on a real school server (the start-up log warns).
   */
  CLOCK_START: z.iso.datetime({ offset: true }).optional().or(z.literal('').transform(() => undefined)),
  /**
   * End-to-end tests only: the public forms' minimum fill time in seconds (unset: each form's own, 3–5 s), so a test
   * does not wait for it in real time. Never set it on a real school server (the start-up log warns).
   */
  // '' first: coerced, an empty variable would read as 0 and switch the guard off.
  FORM_MIN_FILL_SECONDS: z.literal('').transform(() => undefined).or(z.coerce.number().min(0).max(60)).optional(),
  /** `postgres://user:password@host:5432/db`: the PostgreSQL store (issue #15). Unset: the data file DATA_DIR/db.json. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// (or postgresql://)')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Lets a scraper on another machine read /metrics with `Authorization: Bearer <token>` (loopback needs none). */
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional().or(z.literal('').transform(() => undefined)),
});

export type TlsSetting = { mode: 'off' } | { mode: 'self-signed' } | { mode: 'files'; certFile: string; keyFile: string };

export interface Config {
  port: number;
  host: string;
  tls: TlsSetting;
  httpsPort: number;
  /** With TLS: whether PORT listens to redirect plain-HTTP visitors to HTTPS. */
  httpRedirect: boolean;
  dataDir: string;
  adminPassword: string | undefined;
  timezone: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  trustProxy: boolean;
  sessionHours: number;
  pagesDir: string;
  clockStart: Date | null;
  /** FORM_MIN_FILL_SECONDS: the public forms' minimum fill time for tests; null = each form's own. */
  formMinFillSeconds: number | null;
  /** Null: the data file in dataDir (the default); else the PostgreSQL store. */
  databaseUrl: string | null;
  metricsToken: string | undefined;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv, repoRoot: string): Config {
  // Read once per process: zod's eval fast path would compile a parser for this one parse (see store/openStore.ts).
  const parsed = envSchema.safeParse(env, { jitless: true });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const trustProxy = e.TRUST_PROXY === '1';
  const tls = tlsSetting(e);
  if (trustProxy && tls.mode !== 'off') {
    throw new ConfigError('Invalid configuration:\n  TRUST_PROXY: the reverse proxy terminates HTTPS; unset TLS, TLS_CERT and TLS_KEY (or TRUST_PROXY).');
  }
  return {
    port: e.PORT,
    host: e.HOST ?? (trustProxy ? '127.0.0.1' : '0.0.0.0'),
    tls,
    httpsPort: e.HTTPS_PORT,
    httpRedirect: e.HTTP_REDIRECT === '1',
    dataDir: path.resolve(e.DATA_DIR),
    adminPassword: e.ADMIN_PASSWORD,
    timezone: e.TZ,
    logLevel: e.LOG_LEVEL,
    trustProxy,
    sessionHours: e.SESSION_HOURS,
    pagesDir: path.resolve(e.PAGES_DIR ?? repoRoot),
    clockStart: e.CLOCK_START ? new Date(e.CLOCK_START) : null,
    formMinFillSeconds: e.FORM_MIN_FILL_SECONDS ?? null,
    databaseUrl: e.DATABASE_URL ?? null,
    metricsToken: e.METRICS_TOKEN,
  };
}

function tlsSetting(e: z.infer<typeof envSchema>): TlsSetting {
  if (e.TLS_CERT === undefined && e.TLS_KEY === undefined) return { mode: e.TLS };
  if (e.TLS_CERT === undefined || e.TLS_KEY === undefined) {
    throw new ConfigError('Invalid configuration:\n  TLS_CERT / TLS_KEY: set both (PEM certificate and its private key), or neither.');
  }
  if (e.TLS === 'self-signed') throw new ConfigError('Invalid configuration:\n  TLS: self-signed and TLS_CERT/TLS_KEY exclude each other; pick one.');
  return { mode: 'files', certFile: path.resolve(e.TLS_CERT), keyFile: path.resolve(e.TLS_KEY) };
}

/** For the start-up log line: the configuration with secrets masked. */
export function describeConfig(config: Config): Record<string, unknown> {
  return {
    ...config,
    adminPassword: config.adminPassword ? '***' : '(generated on first start)',
    databaseUrl: config.databaseUrl ? redactDatabaseUrl(config.databaseUrl) : '(none: the data file in DATA_DIR)',
    metricsToken: config.metricsToken ? '***' : '(none)',
  };
}
