import { sql } from 'kysely';
import type { DbOrTrx } from '../database';
import type { RollupCoverage } from './overview-rollups';

/** One bucket of the overview's time series. */
export interface OverviewBucket {
  at: Date;
  calls: number;
  incoming_requests: number;
  deliveries: number;
  deliveries_succeeded: number;
  deliveries_failed: number;
}

export interface DeliveryTotals {
  total: number;
  succeeded: number;
  failed: number;
  /** Not settled yet: retrying, waiting for a rate slot, or held while the webhook is paused. */
  pending: number;
  p50_ms: number | null;
  p95_ms: number | null;
}

export interface WebhookFailures {
  webhook_id: string;
  webhook_name: string;
  deliveries: number;
  failing: number;
  last_error: string | null;
  last_error_at: Date | null;
}

export interface OverviewWindow {
  orgId: string;
  /** Start of the first bucket (aligned to the bucket size). */
  from: Date;
  bucketSeconds: number;
  /** The hours the rollups answer for, when the buckets are whole hours; the rest is read from the log rows. */
  rollups: RollupCoverage | null;
}

/**
 * A delivery counts against its webhook when it failed or is still retrying after a failed attempt: a webhook
 * in an outage has few `failed` deliveries yet (the retry schedule spans a day) but many of these.
 */
const FAILING = sql<boolean>`(status = 'failed' or (status in ('pending', 'held') and failures > 0))`;

const ORIGIN = sql`timestamptz '2000-01-01 00:00:00+00'`;
const bucketOf = (column: string, bucketSeconds: number) => sql<Date>`date_bin(make_interval(secs => ${bucketSeconds}), ${sql.ref(column)}, ${ORIGIN})`;

/**
 * Where each part of the window is read: whole hours the rollups hold (not stale), and the rest — hours before
 * or after the rolled-up span, stale hours, the current hour — as [start, end) ranges of raw log rows.
 */
function split({ orgId, from, rollups }: OverviewWindow) {
  const lo = rollups && rollups.from > from ? rollups.from : from;
  if (!rollups || lo >= rollups.through) {
    return { rolled: sql<boolean>`false`, starts: [from.toISOString()], ends: ['infinity'] };
  }
  const raw: Array<[Date, Date | null]> = [];
  if (from < lo) raw.push([from, lo]);
  const stale = rollups.stale.filter((h) => h >= lo && h < rollups.through);
  for (const h of stale) raw.push([h, new Date(h.getTime() + 3_600_000)]);
  raw.push([rollups.through, null]);
  const staleIso = stale.map((h) => h.toISOString());
  return {
    rolled: sql<boolean>`(org_id = ${orgId} and hour >= ${lo} and hour < ${rollups.through} and hour <> all(${staleIso}::timestamptz[]))`,
    starts: raw.map(([s]) => s.toISOString()),
    ends: raw.map(([, e]) => e?.toISOString() ?? 'infinity'),
  };
}

/** The window's raw rows of a log table (through its (org_id, time) index, one range scan per range). */
function rawRows(window: OverviewWindow, table: 'deliveries' | 'incoming_requests' | 'calls', at: string, columns: string[], where: ReturnType<typeof sql>) {
  const { starts, ends } = split(window);
  return sql`(select ${sql.raw(columns.map((c) => `l.${c}`).join(', '))}
    from unnest(${starts}::timestamptz[], ${ends}::timestamptz[]) as r(s, e)
    join ${sql.table(table)} l on l.org_id = ${window.orgId} and l.${sql.raw(at)} >= r.s and l.${sql.raw(at)} < r.e
    where ${where})`;
}

const countedDeliveries = (window: OverviewWindow) =>
  rawRows(window, 'deliveries', 'created_at', ['created_at', 'status', 'failures', 'duration_ms', 'webhook_id'], sql`not l.test and not l.simulated`);
const countedCalls = (window: OverviewWindow) => rawRows(window, 'calls', 'started_at', ['started_at'], sql`not l.simulated`);
const countedIncoming = (window: OverviewWindow) => rawRows(window, 'incoming_requests', 'received_at', ['received_at', 'status'], sql`true`);

// Test sends and simulated calls are the operator's own checks, not traffic: the figures leave them out (the
// rollups too).

/** Rows per bucket: the rollup's counts for its hours, the raw rows' for the rest. */
async function countPerBucket(db: DbOrTrx, window: OverviewWindow, source: { rollup: string; counted: string; raw: ReturnType<typeof sql>; at: string }) {
  const { rolled } = split(window);
  const result = await sql<{ at: Date; n: number }>`
    select at, sum(n)::int as n from (
      select ${bucketOf('hour', window.bucketSeconds)} as at, ${sql.ref(source.counted)} as n from ${sql.table(source.rollup)} where ${rolled}
      union all
      select ${bucketOf(source.at, window.bucketSeconds)}, count(*) from ${source.raw} r group by 1
    ) x group by at`.execute(db);
  return result.rows;
}

/** Calls, incoming requests and deliveries per bucket since `from`. */
export async function overviewSeries(db: DbOrTrx, window: OverviewWindow): Promise<OverviewBucket[]> {
  const { bucketSeconds } = window;
  const { rolled } = split(window);
  const [calls, incoming, deliveries] = await Promise.all([
    countPerBucket(db, window, { rollup: 'calls_hourly', counted: 'calls', raw: countedCalls(window), at: 'started_at' }),
    countPerBucket(db, window, { rollup: 'incoming_hourly', counted: 'requests', raw: countedIncoming(window), at: 'received_at' }),
    sql<{ at: Date; n: number; succeeded: number; failed: number }>`
      select at, sum(n)::int as n, sum(succeeded)::int as succeeded, sum(failed)::int as failed from (
        select ${bucketOf('hour', bucketSeconds)} as at, deliveries as n, succeeded, failed from delivery_hourly where ${rolled}
        union all
        select ${bucketOf('created_at', bucketSeconds)}, count(*), count(*) filter (where status = 'succeeded'), count(*) filter (where status = 'failed')
        from ${countedDeliveries(window)} d group by 1
      ) x group by at`.execute(db),
  ]);
  const buckets = new Map<number, OverviewBucket>();
  const bucket = (at: Date) => {
    const key = new Date(at).getTime();
    let found = buckets.get(key);
    if (!found) buckets.set(key, (found = { at: new Date(key), calls: 0, incoming_requests: 0, deliveries: 0, deliveries_succeeded: 0, deliveries_failed: 0 }));
    return found;
  };
  for (const row of calls) bucket(row.at).calls = row.n;
  for (const row of incoming) bucket(row.at).incoming_requests = row.n;
  for (const row of deliveries.rows) Object.assign(bucket(row.at), { deliveries: row.n, deliveries_succeeded: row.succeeded, deliveries_failed: row.failed });
  return [...buckets.values()];
}

/**
 * Delivery outcomes since `from`, with the latency (of each delivery's latest attempt) of the attempted ones.
 * The percentiles are exact: the rollups keep a count per distinct duration, and the nearest-rank pick below is
 * percentile_disc's (the first duration whose running count reaches ceil(p × n)).
 */
export async function deliveryTotals(db: DbOrTrx, window: OverviewWindow): Promise<DeliveryTotals> {
  const { rolled } = split(window);
  const raw = countedDeliveries(window);
  const [counts, latency] = await Promise.all([
    sql<Omit<DeliveryTotals, 'p50_ms' | 'p95_ms'>>`
      select coalesce(sum(total), 0)::int as total, coalesce(sum(succeeded), 0)::int as succeeded,
        coalesce(sum(failed), 0)::int as failed, coalesce(sum(pending), 0)::int as pending
      from (
        select deliveries as total, succeeded, failed, pending from delivery_hourly where ${rolled}
        union all
        select count(*), count(*) filter (where status = 'succeeded'), count(*) filter (where status = 'failed'),
          count(*) filter (where status in ('pending', 'held'))
        from ${raw} d
      ) x`.execute(db),
    sql<{ p50_ms: number | null; p95_ms: number | null }>`
      with latency as (
        select duration_ms, sum(n) as n from (
          select duration_ms, deliveries as n from delivery_latency_hourly where ${rolled}
          union all
          select duration_ms, count(*) from ${raw} d where duration_ms is not null group by 1
        ) x group by duration_ms
      ), running as (
        select duration_ms, sum(n) over (order by duration_ms) as reached, sum(n) over () as total from latency
      )
      select min(duration_ms) filter (where reached >= greatest(1, ceil(0.5::float8 * total::float8))) as p50_ms,
        min(duration_ms) filter (where reached >= greatest(1, ceil(0.95::float8 * total::float8))) as p95_ms
      from running`.execute(db),
  ]);
  return { ...counts.rows[0], ...latency.rows[0] };
}

/**
 * The webhooks with the highest share of failing deliveries since `from` (only those with any), worst first,
 * each with its latest error (found through deliveries_webhook, newest first, without scanning its history).
 */
export async function worstWebhooks(db: DbOrTrx, window: OverviewWindow, limit: number): Promise<WebhookFailures[]> {
  const { orgId, from } = window;
  const { rolled } = split(window);
  const rows = await sql<WebhookFailures>`
    with counted as (
      select webhook_id, deliveries, failing from delivery_hourly where ${rolled}
      union all
      select webhook_id, count(*), count(*) filter (where ${FAILING}) from ${countedDeliveries(window)} d group by webhook_id
    ), ranked as (
      select webhook_id, sum(deliveries)::int as deliveries, sum(failing)::int as failing
      from counted
      group by webhook_id
      having sum(failing) > 0
      order by sum(failing)::float / sum(deliveries) desc, failing desc, webhook_id
      limit ${limit}
    )
    select r.webhook_id, r.deliveries, r.failing, named.webhook_name, latest.error as last_error, latest.updated_at as last_error_at
    from ranked r
    left join lateral (
      select d.error, d.updated_at from deliveries d
      where d.org_id = ${orgId} and d.webhook_id = r.webhook_id and d.created_at >= ${from} and d.error is not null and not d.test and not d.simulated
      order by d.created_at desc
      limit 1
    ) latest on true
    cross join lateral (
      select d.webhook_name from deliveries d where d.org_id = ${orgId} and d.webhook_id = r.webhook_id order by d.created_at desc limit 1
    ) named
    order by r.failing::float / r.deliveries desc, r.failing desc, r.webhook_id`.execute(db);
  return rows.rows;
}

/** Incoming requests since `from` by the status they were answered with. */
export async function incomingByStatus(db: DbOrTrx, window: OverviewWindow): Promise<Array<{ status: number; count: number }>> {
  const { rolled } = split(window);
  const rows = await sql<{ status: number; count: number }>`
    select status, sum(n)::int as count from (
      select status, requests as n from incoming_hourly where ${rolled}
      union all
      select status, count(*) from ${countedIncoming(window)} i group by status
    ) x group by status order by status`.execute(db);
  return rows.rows;
}
