import path from 'node:path';
import { z } from 'zod';
import { isValidTimeZone } from '@bangtin/shared';

/**
 * Every environment variable the server reads, validated once at start. A bad value stops the start
 * with a message naming the variable; secrets are never printed.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
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
  SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  /** Folder with the built pages (display/dist, admin/dist); defaults to the repo checkout. */
  PAGES_DIR: z.string().optional(),
  /**
   * Demos and end-to-end tests only: the server's clock starts at this instant and runs at normal speed, to show what a
   * schedule plays "at 07:15 on Monday" at any hour. Never set it on a real school server (the start-up log warns).
   */
  CLOCK_START: z.iso.datetime({ offset: true }).optional().or(z.literal('').transform(() => undefined)),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  adminPassword: string | undefined;
  timezone: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  trustProxy: boolean;
  sessionHours: number;
  pagesDir: string;
  clockStart: Date | null;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv, repoRoot: string): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    adminPassword: e.ADMIN_PASSWORD,
    timezone: e.TZ,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY === '1',
    sessionHours: e.SESSION_HOURS,
    pagesDir: path.resolve(e.PAGES_DIR ?? repoRoot),
    clockStart: e.CLOCK_START ? new Date(e.CLOCK_START) : null,
  };
}

/** For the start-up log line: the configuration with secrets masked. */
export function describeConfig(config: Config): Record<string, unknown> {
  return { ...config, adminPassword: config.adminPassword ? '***' : '(generated on first start)' };
}
