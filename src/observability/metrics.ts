import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { sql } from 'kysely';
import type { Db } from '../db/database';

/**
 * This process's Prometheus metrics (docs/operability.md lists each). One registry per process: the API and the
 * worker each expose what they measured, plus Node's own (heap, event-loop lag, GC).
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

/** Latency buckets from 1 ms to 10 s: the ingress answers in milliseconds, receivers take up to their timeout. */
const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const ingressRequests = new Counter({
  name: 'callhooks_ingress_requests_total',
  help: 'Incoming-webhook requests answered, by webhook type and HTTP status.',
  labelNames: ['type', 'status'] as const,
  registers: [registry],
});

export const ingressKeyLookups = new Counter({
  name: 'callhooks_ingress_key_lookups_total',
  help: "Auth keys the ingress resolved to their webhook, by where the answer came from: 'memory' or 'database'.",
  labelNames: ['source'] as const,
  registers: [registry],
});

export const apiTokenLookups = new Counter({
  name: 'callhooks_api_token_lookups_total',
  help: "API tokens the API checked, by where the answer came from: 'memory' or 'database'.",
  labelNames: ['source'] as const,
  registers: [registry],
});

export const ingressDuration = new Histogram({
  name: 'callhooks_ingress_request_duration_seconds',
  help: 'Time from receiving an incoming-webhook request to answering it, by webhook type and HTTP status.',
  labelNames: ['type', 'status'] as const,
  buckets: SECONDS,
  registers: [registry],
});

export const platformEvents = new Counter({
  name: 'callhooks_platform_events_total',
  help: 'Call lifecycle events posted by the call platform, by event type and HTTP status.',
  labelNames: ['type', 'status'] as const,
  registers: [registry],
});

export const deliveriesSettled = new Counter({
  name: 'callhooks_deliveries_total',
  help: 'Deliveries settled, by webhook and outcome (succeeded, failed, skipped).',
  labelNames: ['webhook_id', 'outcome'] as const,
  registers: [registry],
});

export const deliveryAttempts = new Counter({
  name: 'callhooks_delivery_attempts_total',
  help: 'HTTP attempts of deliveries, by webhook and outcome (succeeded, retryable, final).',
  labelNames: ['webhook_id', 'outcome'] as const,
  registers: [registry],
});

export const deliveryAttemptDuration = new Histogram({
  name: 'callhooks_delivery_attempt_duration_seconds',
  help: 'Time a receiver took to answer an attempt (or to fail it), by webhook and outcome.',
  labelNames: ['webhook_id', 'outcome'] as const,
  buckets: SECONDS,
  registers: [registry],
});

export const requestLogBatchSize = new Histogram({
  name: 'callhooks_request_log_batch_size',
  help: 'Jobs (pre-call posts and request-log records) committed together by the ingress group commit.',
  buckets: [1, 2, 5, 10, 25, 50, 100, 250, 500],
  registers: [registry],
});

export const requestLogFlushDuration = new Histogram({
  name: 'callhooks_request_log_flush_seconds',
  help: 'Time one ingress group-commit transaction took, from BEGIN to COMMIT.',
  buckets: SECONDS,
  registers: [registry],
});

/** The database the backlog gauge counts in: the worker's, set when it starts. */
let backlogDb: Db | undefined;

new Gauge({
  name: 'callhooks_deliveries_backlog',
  help: 'Deliveries not settled yet, across organizations: pending (retrying or waiting for a send slot) and held (webhook paused).',
  labelNames: ['state'] as const,
  registers: [registry],
  async collect() {
    if (!backlogDb) return;
    this.reset();
    // The partial index deliveries_unsettled holds exactly these rows.
    const rows = await sql<{ status: string; n: number }>`select status, count(*)::int as n from deliveries where status in ('pending', 'held') group by status`
      .execute(backlogDb)
      .catch(() => undefined);
    if (!rows) return;
    for (const state of ['pending', 'held']) this.set({ state }, rows.rows.find((r) => r.status === state)?.n ?? 0);
  },
});

/** Makes the backlog gauge count in `db` (the worker's process). */
export function countBacklogIn(db: Db): void {
  backlogDb = db;
}
