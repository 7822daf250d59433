import { sql } from 'kysely';
import type { DbOrTrx } from '../database';

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
}

/**
 * A delivery counts against its webhook when it failed or is still retrying after a failed attempt: a webhook
 * in an outage has few `failed` deliveries yet (the retry schedule spans a day) but many of these.
 */
const FAILING = sql<boolean>`(status = 'failed' or (status in ('pending', 'held') and failures > 0))`;

const bucketOf = (column: string, bucketSeconds: number) =>
  sql<Date>`date_bin(make_interval(secs => ${bucketSeconds}), ${sql.ref(column)}, timestamptz '2000-01-01 00:00:00+00')`;

// Test sends and simulated calls are the operator's own checks, not traffic: the figures leave them out.

/**
 * Calls, incoming requests and deliveries per bucket since `from`. Each count reads one covering index
 * (calls_org_started, incoming_requests_overview, deliveries_overview) for the range only.
 */
export async function overviewSeries(db: DbOrTrx, { orgId, from, bucketSeconds }: OverviewWindow): Promise<OverviewBucket[]> {
  const [calls, incoming, deliveries] = await Promise.all([
    db
      .selectFrom('calls')
      .select([bucketOf('started_at', bucketSeconds).as('at'), sql<number>`count(*)::int`.as('n')])
      .where('org_id', '=', orgId)
      .where('started_at', '>=', from)
      .where('simulated', '=', false)
      .groupBy('at')
      .execute(),
    db
      .selectFrom('incoming_requests')
      .select([bucketOf('received_at', bucketSeconds).as('at'), sql<number>`count(*)::int`.as('n')])
      .where('org_id', '=', orgId)
      .where('received_at', '>=', from)
      .groupBy('at')
      .execute(),
    db
      .selectFrom('deliveries')
      .select([
        bucketOf('created_at', bucketSeconds).as('at'),
        sql<number>`count(*)::int`.as('n'),
        sql<number>`(count(*) filter (where status = 'succeeded'))::int`.as('succeeded'),
        sql<number>`(count(*) filter (where status = 'failed'))::int`.as('failed'),
      ])
      .where('org_id', '=', orgId)
      .where('created_at', '>=', from)
      .where('test', '=', false)
      .where('simulated', '=', false)
      .groupBy('at')
      .execute(),
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
  for (const row of deliveries) Object.assign(bucket(row.at), { deliveries: row.n, deliveries_succeeded: row.succeeded, deliveries_failed: row.failed });
  return [...buckets.values()];
}

/** Delivery outcomes since `from`, with the latency (of each delivery's latest attempt) of the attempted ones. */
export async function deliveryTotals(db: DbOrTrx, orgId: string, from: Date): Promise<DeliveryTotals> {
  const row = await db
    .selectFrom('deliveries')
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`(count(*) filter (where status = 'succeeded'))::int`.as('succeeded'),
      sql<number>`(count(*) filter (where status = 'failed'))::int`.as('failed'),
      sql<number>`(count(*) filter (where status in ('pending', 'held')))::int`.as('pending'),
      sql<number | null>`percentile_disc(0.5) within group (order by duration_ms)`.as('p50_ms'),
      sql<number | null>`percentile_disc(0.95) within group (order by duration_ms)`.as('p95_ms'),
    ])
    .where('org_id', '=', orgId)
    .where('created_at', '>=', from)
    .where('test', '=', false)
    .where('simulated', '=', false)
    .executeTakeFirstOrThrow();
  return row;
}

/**
 * The webhooks with the highest share of failing deliveries since `from` (only those with any), worst first,
 * each with its latest error (found through deliveries_webhook, newest first, without scanning its history).
 */
export async function worstWebhooks(db: DbOrTrx, orgId: string, from: Date, limit: number): Promise<WebhookFailures[]> {
  const rows = await sql<WebhookFailures>`
    with ranked as (
      select webhook_id, count(*)::int as deliveries, (count(*) filter (where ${FAILING}))::int as failing
      from deliveries
      where org_id = ${orgId} and created_at >= ${from} and not test and not simulated
      group by webhook_id
      having count(*) filter (where ${FAILING}) > 0
      order by (count(*) filter (where ${FAILING}))::float / count(*) desc, failing desc, webhook_id
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
export async function incomingByStatus(db: DbOrTrx, orgId: string, from: Date): Promise<Array<{ status: number; count: number }>> {
  return db
    .selectFrom('incoming_requests')
    .select(['status', sql<number>`count(*)::int`.as('count')])
    .where('org_id', '=', orgId)
    .where('received_at', '>=', from)
    .groupBy('status')
    .orderBy('status')
    .execute();
}
