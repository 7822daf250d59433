import { sql } from 'kysely';
import type { Db } from '../db/database';
import type { DemandReport, DemandStore, OthersDemand } from './rate-limiter';

/** Every this many syncs, the exchange also drops rows nobody has reported for a minute. */
const PRUNE_EVERY = 30;

/**
 * Rate-limit demand shared through PostgreSQL: one statement per process per sync upserts its rows and reads
 * what the others reported in the last few seconds (a process that stopped reporting a bucket ages out).
 */
export class PgDemandStore implements DemandStore {
  private syncs = 0;

  constructor(private readonly db: Db) {}

  async exchange(processId: string, reports: DemandReport[], buckets: string[]): Promise<Map<string, OthersDemand>> {
    const prune = ++this.syncs % PRUNE_EVERY === 0;
    const { rows } = await sql<{ bucket: string; per_second: number; processes: number }>`
      with reported as (
        insert into rate_limit_demand (bucket, process_id, per_second, reported_at)
        select bucket, ${processId}, per_second, now()
        from unnest(${reports.map((r) => r.bucket)}::text[], ${reports.map((r) => r.perSecond)}::float8[]) as r(bucket, per_second)
        on conflict (bucket, process_id) do update set per_second = excluded.per_second, reported_at = excluded.reported_at
      ), pruned as (
        delete from rate_limit_demand where ${prune} and reported_at < now() - interval '1 minute'
      )
      select bucket, sum(per_second)::float8 as per_second, count(*)::int as processes
      from rate_limit_demand
      where bucket = any(${buckets}::text[]) and process_id <> ${processId} and reported_at > now() - interval '3 seconds'
      group by bucket`.execute(this.db);
    return new Map(rows.map((r) => [r.bucket, { perSecond: r.per_second, processes: r.processes }]));
  }
}
