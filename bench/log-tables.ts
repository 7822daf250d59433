// `tsx bench/log-tables.ts`: the overview's aggregates and retention's batched DELETE on log tables of
// production size: BENCH_DELIVERIES (default 1,000,000) deliveries spread over the last 8 days across 20 webhooks,
// plus a tenth as many incoming requests and a twentieth as many calls, in embedded PostgreSQL. Prints each query's
// median time of 5 runs and its plan's access path, and writes bench/log-tables.json.
import { writeFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { OVERVIEW_RANGES, rangeStart, type OverviewRange } from '../src/api/schemas/overview';
import { bootstrapDatabase } from '../src/db/bootstrap';
import { createDb, type Db } from '../src/db/database';
import { deliveryTotals, incomingByStatus, overviewSeries, worstWebhooks } from '../src/db/repositories/overview';
import { rollUpOverview, rollupCoverage, type RollupCoverage } from '../src/db/repositories/overview-rollups';
import { deleteExpiredBatch, retentionPolicies } from '../src/db/repositories/retention';
import { newId } from '../src/ids';
import { freePort } from '../src/dev/free-port';
import { startEmbeddedPostgres } from '../src/dev/postgres';

const DELIVERIES = Number(process.env.BENCH_DELIVERIES ?? 1_000_000);
const RUNS = 5;
const log = (line: string) => console.log(line);

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

/** Log rows as the worker and ingress write them (a realistic context and URL), at random times over 8 days. */
async function seed(db: Db, orgId: string): Promise<void> {
  // Live rows arrive in the current hour, which marks no hour stale; these are back-dated, so the markers go.
  for (const table of ['deliveries', 'incoming_requests', 'calls']) await sql.raw(`alter table ${table} disable trigger ${table}_overview_stale_insert`).execute(db);
  const context = JSON.stringify({ call: { call_id: 'call_x', from: '+15551234567', campaign_name: 'Solar Leads TX' }, tags: { HOMEOWNER: 'yes', ZIP: '10001' } });
  await sql`
    insert into deliveries (id, org_id, webhook_id, webhook_name, call_id, event_id, event_type, method, url, status, attempts_count,
      last_status_code, duration_ms, failures, error, context, created_at, updated_at)
    select 'dlv_bench' || t.i, ${orgId}, 'whk_bench' || (t.i % 20), 'Webhook ' || (t.i % 20), 'call_bench' || (t.i / 3), 'evt_' || t.i, 'call.completed',
      'POST', 'https://crm.example.com/hook?campaign=solar', s.status, 1, case when s.status = 'succeeded' then 200 else 500 end,
      (random() * 800)::int, case when s.status = 'failed' then 3 else 0 end, case when s.status = 'failed' then 'HTTP 500' end,
      ${context}::jsonb, t.at, t.at
    from (select i, now() - random() * interval '8 days' as at from generate_series(1, ${DELIVERIES}) i) t
    cross join lateral (select case when t.i % 20 = 7 and random() < 0.5 then 'failed' when random() < 0.02 then 'failed' else 'succeeded' end as status) s`.execute(db);
  await sql`
    insert into incoming_requests (id, org_id, received_at, method, path, query, headers, body, status, response_body, latency_ms)
    select 'req_bench' || i, ${orgId}, now() - random() * interval '8 days', 'POST', '/call-data', '{}', '{"content-type":"application/json"}',
      '{"caller_id":"+15551234567","homeowner":"yes"}', case when random() < 0.95 then 200 else 401 end, '{"ok":true}', 2
    from generate_series(1, ${DELIVERIES / 10}) i`.execute(db);
  await sql`
    insert into calls (org_id, call_id, workflow_id, status, caller, converted, started_at, closed_at, tags, tag_sources, sequence)
    select ${orgId}, 'call_bench' || t.i, 'call-bench-' || t.i, 'completed', '+15551234567', false, t.at, t.at, '{}', '{}', 1
    from (select i, now() - random() * interval '8 days' as at from generate_series(1, ${DELIVERIES / 20}) i) t`.execute(db);
  for (const table of ['deliveries', 'incoming_requests', 'calls']) await sql.raw(`alter table ${table} enable trigger ${table}_overview_stale_insert`).execute(db);
  // As autovacuum would by the time anyone looks: statistics, and the visibility map index-only scans rely on.
  await sql`vacuum analyze deliveries, incoming_requests, calls`.execute(db);
}

async function accessPath(db: Db, query: string): Promise<string> {
  const plan = await sql.raw<{ 'QUERY PLAN': string }>(`explain ${query}`).execute(db);
  return plan.rows.map((r) => r['QUERY PLAN']).filter((line) => /Scan/.test(line)).map((line) => line.trim().replace(/\s+\(cost.*$/, '')).join('; ');
}

/** The four queries the endpoint runs, concurrently on the pool, for a range ending now. */
async function overviewQueries(db: Db, orgId: string, range: OverviewRange, rollups: RollupCoverage | null) {
  const window = { orgId, from: rangeStart(range, new Date()), bucketSeconds: OVERVIEW_RANGES[range].bucketSeconds, rollups };
  return {
    series_ms: await median(() => overviewSeries(db, window)),
    totals_ms: await median(() => deliveryTotals(db, window)),
    worst_webhooks_ms: await median(() => worstWebhooks(db, window, 5)),
    incoming_by_status_ms: await median(() => incomingByStatus(db, window)),
    overview_ms: await median(() => Promise.all([overviewSeries(db, window), deliveryTotals(db, window), worstWebhooks(db, window, 5), incomingByStatus(db, window)])),
  };
}

/**
 * Each range from the log rows alone, then the week again from the hourly rollups (as the endpoint reads it):
 * the first rollup run over the whole week, a run with nothing new, and one after a late delivery marked an
 * hour stale.
 */
async function benchOverview(db: Db, orgId: string) {
  const results: Record<string, unknown> = {};
  for (const range of Object.keys(OVERVIEW_RANGES) as OverviewRange[]) {
    const [rows] = await db.selectFrom('deliveries').select(sql<number>`count(*)::int`.as('n')).where('org_id', '=', orgId).where('created_at', '>=', rangeStart(range, new Date())).execute();
    const times = await overviewQueries(db, orgId, range, null);
    results[range] = { deliveries_in_range: rows.n, ...times };
    log(`overview ${range} raw: ${rows.n} deliveries in range — ${Object.entries(times).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
  }
  const since = `now() - interval '7 days'`;
  results.plan = await accessPath(db, `select count(*) from deliveries where org_id = '${orgId}' and created_at >= ${since} and not test`);
  log(`deliveries access path: ${results.plan as string}`);

  let start = performance.now();
  await rollUpOverview(db);
  const firstRollupMs = performance.now() - start;
  start = performance.now();
  await rollUpOverview(db);
  const idleRollupMs = performance.now() - start;
  await sql`update deliveries set status = case when status = 'failed' then 'succeeded' else 'failed' end
    where id = (select id from deliveries where org_id = ${orgId} and created_at < now() - interval '2 days' limit 1)`.execute(db);
  start = performance.now();
  const { stale } = await rollUpOverview(db);
  const staleRollupMs = performance.now() - start;
  const rollups = await rollupCoverage(db, orgId);
  const times = await overviewQueries(db, orgId, '7d', rollups);
  results['7d_rollups'] = { first_rollup_ms: firstRollupMs, idle_rollup_ms: idleRollupMs, stale_hour_rollup_ms: staleRollupMs, ...times };
  log(`rollup runs: first ${firstRollupMs.toFixed(0)} ms, nothing new ${idleRollupMs.toFixed(0)} ms, ${stale} stale hour ${staleRollupMs.toFixed(0)} ms`);
  log(`overview 7d from rollups — ${Object.entries(times).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
  return results;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

/**
 * Retention on the same tables: the organization's retention cut to 4 days (half the rows expire), deleted in
 * batches of 1,000 as the schedule does, while a writer inserts a delivery every 10 ms, as the worker would;
 * its insert latency shows whether a batch holds locks anyone waits on.
 */
async function benchRetention(db: Db, orgId: string) {
  await db.updateTable('organizations').set({ retention_days: 4, call_retention_days: 4 }).where('id', '=', orgId).execute();
  const [policy] = (await retentionPolicies(db)).filter((p) => p.orgId === orgId);
  const inserts: number[] = [];
  let deleting = true;
  const writer = (async () => {
    while (deleting) {
      const start = performance.now();
      await db.insertInto('deliveries').values({ id: newId('dlv'), org_id: orgId, webhook_id: 'whk_bench1', webhook_name: 'Webhook 1', event_id: newId('evt'), event_type: 'call.completed', status: 'pending', context: '{}' }).execute();
      inserts.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const batches: number[] = [];
  const deleted: Record<string, number> = {};
  const start = performance.now();
  for (const table of ['incoming_requests', 'deliveries', 'calls'] as const) {
    deleted[table] = 0;
    for (;;) {
      const t = performance.now();
      const n = await deleteExpiredBatch(db, table, policy, 1000);
      batches.push(performance.now() - t);
      deleted[table] += n;
      if (n < 1000) break;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  deleting = false;
  await writer;
  const sortedBatches = [...batches].sort((a, b) => a - b);
  const sortedInserts = [...inserts].sort((a, b) => a - b);
  const rows = Object.values(deleted).reduce((a, b) => a + b, 0);
  const result = {
    deleted,
    seconds: Number(seconds.toFixed(1)),
    rows_per_second: Math.round(rows / seconds),
    batch_ms: { p50: Math.round(percentile(sortedBatches, 0.5)), p99: Math.round(percentile(sortedBatches, 0.99)), max: Math.round(sortedBatches[sortedBatches.length - 1]) },
    concurrent_insert_ms: { count: inserts.length, p50: Number(percentile(sortedInserts, 0.5).toFixed(1)), p99: Number(percentile(sortedInserts, 0.99).toFixed(1)), max: Number(sortedInserts[sortedInserts.length - 1].toFixed(1)) },
  };
  log(`retention: deleted ${JSON.stringify(deleted)} in ${result.seconds} s (${result.rows_per_second} rows/s); batch of 1000 p50 ${result.batch_ms.p50} ms, p99 ${result.batch_ms.p99} ms; concurrent insert p50 ${result.concurrent_insert_ms.p50} ms, p99 ${result.concurrent_insert_ms.p99} ms, max ${result.concurrent_insert_ms.max} ms`);
  return result;
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'callhooks-logbench-'));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres(path.join(dir, 'postgres'), { port: await freePort() });
  const db = createDb(pg.url);
  try {
    const { orgId } = await bootstrapDatabase(db);
    const seedStart = performance.now();
    await seed(db, orgId);
    log(`seeded ${DELIVERIES} deliveries in ${((performance.now() - seedStart) / 1000).toFixed(0)} s`);
    const overview = await benchOverview(db, orgId);
    const retention = await benchRetention(db, orgId);
    const result = { at: new Date().toISOString(), cpus: os.cpus().length, deliveries: DELIVERIES, overview, retention };
    writeFileSync(path.join(__dirname, 'log-tables.json'), JSON.stringify(result, null, 2) + '\n');
  } finally {
    await db.destroy();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
