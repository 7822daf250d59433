import { sql, type RawBuilder } from 'kysely';
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

/** Each table's key, the time its age is measured from, which retention applies, and which rows may go at all. */
const RULES: Record<RetainedTable, { key: string; at: string; days: 'logDays' | 'callDays'; only?: RawBuilder<unknown> }> = {
  incoming_requests: { key: 'id', at: 'received_at', days: 'logDays' },
  // A delivery still pending or held belongs to a workflow that will write it again.
  deliveries: { key: 'id', at: 'created_at', days: 'logDays', only: sql`status in ('succeeded', 'failed', 'skipped')` },
  calls: { key: 'call_id', at: 'started_at', days: 'callDays', only: sql`closed_at is not null` },
  simulations: { key: 'id', at: 'created_at', days: 'callDays' },
  audit_log: { key: 'id', at: 'at', days: 'callDays' },
};

/**
 * Deletes up to `limit` of an organization's rows that are past retention and says how many went. Each batch is
 * one short statement on rows found through an (org_id, time) index; `skip locked` leaves rows a writer holds to
 * the next batch instead of waiting on them.
 */
export async function deleteExpiredBatch(db: Db, table: RetainedTable, policy: RetentionPolicy, limit: number): Promise<number> {
  const { key, at, days, only } = RULES[table];
  const result = await sql`
    delete from ${sql.table(table)} where org_id = ${policy.orgId} and ${sql.ref(key)} in (
      select ${sql.ref(key)} from ${sql.table(table)}
      where org_id = ${policy.orgId} and ${sql.ref(at)} < now() - make_interval(days => ${policy[days]}) and ${only ?? sql`true`}
      limit ${limit} for update skip locked)`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
