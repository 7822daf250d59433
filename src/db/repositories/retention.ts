import { sql } from 'kysely';
import type { Db } from '../database';

/** What the retention schedule deletes from, each by the age of its rows. */
export const RETAINED_TABLES = ['incoming_requests', 'deliveries', 'calls', 'simulations', 'audit_log'] as const;
export type RetainedTable = (typeof RETAINED_TABLES)[number];

export interface RetentionPolicy {
  orgId: string;
  /** Request and delivery logs (delivery attempts go with their delivery). */
  logDays: number;
  /** The call index, the simulations that started some of its calls, and the audit log (who changed what is
   * kept as long as the calls it may explain). */
  callDays: number;
}

export async function retentionPolicies(db: Db): Promise<RetentionPolicy[]> {
  const rows = await db.selectFrom('organizations').select(['id', 'retention_days', 'call_retention_days']).orderBy('id').execute();
  return rows.map((r) => ({ orgId: r.id, logDays: r.retention_days, callDays: r.call_retention_days }));
}

/**
 * Deletes up to `limit` of an organization's rows that are past retention, oldest index range first, and says how
 * many went. Each batch is one short statement on rows found through an (org_id, time) index; `skip locked`
 * leaves rows a writer holds to the next batch instead of waiting on them. Only settled deliveries go: a delivery
 * still pending or held belongs to a workflow that will write it again. Only closed calls go.
 */
export async function deleteExpiredBatch(db: Db, table: RetainedTable, policy: RetentionPolicy, limit: number): Promise<number> {
  const before = (days: number) => sql`now() - make_interval(days => ${days})`;
  const statements: Record<RetainedTable, ReturnType<typeof sql>> = {
    incoming_requests: sql`
      delete from incoming_requests where id in (
        select id from incoming_requests where org_id = ${policy.orgId} and received_at < ${before(policy.logDays)}
        limit ${limit} for update skip locked)`,
    deliveries: sql`
      delete from deliveries where id in (
        select id from deliveries where org_id = ${policy.orgId} and created_at < ${before(policy.logDays)}
          and status in ('succeeded', 'failed', 'skipped')
        limit ${limit} for update skip locked)`,
    calls: sql`
      delete from calls where org_id = ${policy.orgId} and call_id in (
        select call_id from calls where org_id = ${policy.orgId} and started_at < ${before(policy.callDays)} and closed_at is not null
        limit ${limit} for update skip locked)`,
    simulations: sql`
      delete from simulations where id in (
        select id from simulations where org_id = ${policy.orgId} and created_at < ${before(policy.callDays)}
        limit ${limit} for update skip locked)`,
    audit_log: sql`
      delete from audit_log where id in (
        select id from audit_log where org_id = ${policy.orgId} and at < ${before(policy.callDays)}
        limit ${limit} for update skip locked)`,
  };
  const result = await statements[table].execute(db);
  return Number(result.numAffectedRows ?? 0);
}
