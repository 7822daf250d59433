import { sql } from 'kysely';
import type { Db, DbOrTrx } from '../database';

/**
 * Hourly rollups of the overview's figures (migration 0022). An hour is rolled up once it is over (plus a margin
 * for writes still committing); a later write to one of its rows marks it stale (a trigger), and the overview
 * reads a stale hour raw until the next run recomputes it. Recomputing an hour replaces its rows, so a run is
 * idempotent. The figures leave out test sends and simulated rows, as the raw queries do.
 */

/** The hours kept: the overview's longest range (7 days, aligned to the hour) and one to spare. */
const KEPT = sql`interval '169 hours'`;
/** A write whose transaction began before the hour ended is committed by then (writes are single statements). */
const SETTLE = sql`interval '5 minutes'`;
const hourOf = (expr: ReturnType<typeof sql>) => sql<Date>`date_bin('1 hour', ${expr}, timestamptz '2000-01-01 00:00:00+00')`;

export interface RollupCoverage {
  /** The hours [from, through) are rolled up, except the stale ones. */
  from: Date;
  through: Date;
  stale: Date[];
}

/** Which of an organization's hours the rollups answer for. */
export async function rollupCoverage(db: DbOrTrx, orgId: string): Promise<RollupCoverage | null> {
  const [state, stale] = await Promise.all([
    sql<{ rolled_from: Date; rolled_through: Date }>`select rolled_from, rolled_through from overview_rollup_state`.execute(db),
    sql<{ hour: Date }>`select hour from overview_stale_hours where org_id = ${orgId}`.execute(db),
  ]);
  const row = state.rows[0];
  return row ? { from: row.rolled_from, through: row.rolled_through, stale: stale.rows.map((r) => r.hour) } : null;
}

/**
 * One run: recomputes every finished hour not rolled up yet and every stale one, for all organizations, in one
 * transaction, and drops hours older than the longest range. Says how many (organization, hour) pairs it redid.
 */
export async function rollUpOverview(db: Db): Promise<{ stale: number; through: Date }> {
  return db.transaction().execute(async (trx) => {
    const state = await sql<{ rolled_through: Date | null; oldest: Date; cutoff: Date }>`
      select (select rolled_through from overview_rollup_state for update) as rolled_through,
        ${hourOf(sql`now() - ${KEPT}`)} as oldest, ${hourOf(sql`now() - ${SETTLE}`)} as cutoff`.execute(trx);
    const { rolled_through, oldest, cutoff } = state.rows[0];
    const start = rolled_through && rolled_through > oldest ? rolled_through : oldest;
    // Cleared first: a writer holding a marker makes this wait, so the aggregates below see its write.
    const stale = await sql<{ org_id: string; hour: Date }>`
      delete from overview_stale_hours where hour < ${cutoff} returning org_id, hour`.execute(trx);
    const recent = stale.rows.filter((s) => s.hour >= oldest && s.hour < start);
    // The (organization, hour range) pairs to recompute: the new hours for every organization, the stale ones.
    const scope = sql`(
      select id as org_id, ${start}::timestamptz as s, ${cutoff}::timestamptz as e from organizations where ${start}::timestamptz < ${cutoff}::timestamptz
      union all
      select o, h, h + interval '1 hour' from unnest(${recent.map((s) => s.org_id)}::text[], ${recent.map((s) => s.hour)}::timestamptz[]) as t(o, h)
    )`;
    for (const table of ['delivery_hourly', 'delivery_latency_hourly', 'incoming_hourly', 'calls_hourly']) {
      await sql`delete from ${sql.table(table)} r using ${scope} scope
        where r.org_id = scope.org_id and r.hour >= scope.s and r.hour < scope.e`.execute(trx);
      await sql`delete from ${sql.table(table)} where hour < ${oldest}`.execute(trx);
    }
    await sql`
      insert into delivery_hourly (org_id, hour, webhook_id, deliveries, succeeded, failed, pending, failing)
      select d.org_id, ${hourOf(sql`d.created_at`)}, d.webhook_id, count(*),
        count(*) filter (where d.status = 'succeeded'), count(*) filter (where d.status = 'failed'),
        count(*) filter (where d.status in ('pending', 'held')),
        count(*) filter (where d.status = 'failed' or (d.status in ('pending', 'held') and d.failures > 0))
      from ${scope} scope join deliveries d on d.org_id = scope.org_id and d.created_at >= scope.s and d.created_at < scope.e
      where not d.test and not d.simulated
      group by 1, 2, 3`.execute(trx);
    await sql`
      insert into delivery_latency_hourly (org_id, hour, duration_ms, deliveries)
      select d.org_id, ${hourOf(sql`d.created_at`)}, d.duration_ms, count(*)
      from ${scope} scope join deliveries d on d.org_id = scope.org_id and d.created_at >= scope.s and d.created_at < scope.e
      where not d.test and not d.simulated and d.duration_ms is not null
      group by 1, 2, 3`.execute(trx);
    await sql`
      insert into incoming_hourly (org_id, hour, status, requests)
      select r.org_id, ${hourOf(sql`r.received_at`)}, r.status, count(*)
      from ${scope} scope join incoming_requests r on r.org_id = scope.org_id and r.received_at >= scope.s and r.received_at < scope.e
      group by 1, 2, 3`.execute(trx);
    await sql`
      insert into calls_hourly (org_id, hour, calls)
      select c.org_id, ${hourOf(sql`c.started_at`)}, count(*)
      from ${scope} scope join calls c on c.org_id = scope.org_id and c.started_at >= scope.s and c.started_at < scope.e
      where not c.simulated
      group by 1, 2`.execute(trx);
    const through = cutoff > start ? cutoff : start;
    await sql`
      insert into overview_rollup_state (rolled_from, rolled_through) values (${oldest}, ${through})
      on conflict (id) do update set rolled_from = excluded.rolled_from, rolled_through = excluded.rolled_through`.execute(trx);
    return { stale: recent.length, through };
  });
}
