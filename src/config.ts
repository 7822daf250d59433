import { z } from 'zod';
import { DEFAULT_TASK_QUEUE } from './shared/task-queue';
import { parseCidrList } from './net/cidr';

/** An unset or empty variable is absent. */
const blankAsAbsent = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalUrl = z.preprocess(blankAsAbsent, z.url().optional());
const optionalText = z.preprocess(blankAsAbsent, z.string().trim().optional());

const configSchema = z.object({
  DATABASE_URL: optionalUrl,
  TEMPORAL_ADDRESS: optionalText,
  TEMPORAL_NAMESPACE: z.string().trim().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().trim().min(1).default(DEFAULT_TASK_QUEUE),
  TEMPORAL_WEB_URL: optionalUrl,
  TEMPORAL_CLI_PATH: optionalText,
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  PUBLIC_BASE_URL: optionalUrl,
  ADMIN_TOKEN: z.preprocess(blankAsAbsent, z.string().trim().min(16, 'must be at least 16 characters').optional()),
  OUTGOING_ALLOW_NETWORKS: z
    .string()
    .default('')
    .transform((v, ctx) => {
      try {
        return parseCidrList(v);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
        return z.NEVER;
      }
    }),
  /** 32 random bytes, base64: encrypts stored secrets. `npm start` keeps one in DATA_DIR when unset. */
  SECRET_KEY: z.preprocess(
    blankAsAbsent,
    z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded (openssl rand -base64 32)')
      .optional(),
  ),
  DATA_DIR: z.string().trim().min(1).default('.data'),
  // Ports of what `npm start` runs itself; 54329, not 5432, so a system PostgreSQL keeps its port.
  DEV_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  DEV_TEMPORAL_PORT: z.coerce.number().int().min(1).max(65535).default(7233),
  DEV_TEMPORAL_UI_PORT: z.coerce.number().int().min(1).max(65535).default(8233),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** A call that never hangs up is ended after this long (default 4 h). */
  CALL_MAX_DURATION_SECONDS: z.coerce.number().int().min(1).default(14_400),
  /**
   * Calls a worker keeps in memory between their events; others are replayed from their history when their next
   * event comes. With 10,000 live calls a worker peaked at 817–829 MiB with 750 and at 960–994 MiB with 1,000, too
   * close to 1 GB (docs/performance.md, "Memory").
   */
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).default(750),
  /** How long a completed call accepts post-call updates before its workflow closes. */
  POST_CALL_WINDOW_SECONDS: z.coerce.number().int().min(0).default(3600),
  /** How often the expiry schedule deletes expired pre-call data (reads never return it anyway). */
  PRE_CALL_EXPIRY_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(60),
  /** How often the retention schedule deletes logs and calls past each organization's retention. */
  RETENTION_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(3600),
  /** Rows per DELETE of the retention schedule: small, so no batch holds its locks for long. */
  RETENTION_BATCH_SIZE: z.coerce.number().int().min(1).max(100_000).default(1000),
  /** Batches per retention run; a larger backlog is finished by the following runs. */
  RETENTION_MAX_BATCHES: z.coerce.number().int().min(1).default(1000),
  /** Refused tokens and keys (sign-in attempts included) one client address may present per minute. */
  AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /**
   * Bearer token Prometheus presents at `/metrics` (API port and worker metrics port). Unset: `/metrics` answers
   * loopback and private-network addresses only (docs/operability.md).
   */
  METRICS_TOKEN: z.preprocess(blankAsAbsent, z.string().trim().min(16, 'must be at least 16 characters').optional()),
  /** The worker's metrics listener (on HOST); 0 picks a free port. */
  WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  /**
   * Which proxies' X-Forwarded-For to believe for the client address (per-address limits): Express's
   * `trust proxy` values, e.g. `loopback, uniquelocal`, a hop count, `true` or `false`.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .default('loopback, linklocal, uniquelocal')
    .transform((v) => (v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v)),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses the environment once at startup; an invalid value names its variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}
