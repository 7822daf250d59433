import { Context } from '@temporalio/activity';
import type { Db } from '../db/database';
import { rollUpOverview } from '../db/repositories/overview-rollups';
import { deleteExpiredBatch, RETAINED_TABLES, retentionPolicies, type RetainedTable } from '../db/repositories/retention';
import type { RetentionRun } from '../shared/retention';

export type RetentionResult = Record<RetainedTable, number> & { complete: boolean };

/**
 * Every organization and table, batch after batch until a batch comes back short, at most `maxBatches`; the
 * heartbeat after each batch lets Temporal see the run progress.
 */
async function deleteExpired(db: Db, run: RetentionRun): Promise<RetentionResult> {
  const result: RetentionResult = { incoming_requests: 0, deliveries: 0, calls: 0, simulations: 0, audit_log: 0, complete: true };
  let batches = 0;
  for (const policy of await retentionPolicies(db)) {
    for (const table of RETAINED_TABLES) {
      for (;;) {
        if (batches >= run.maxBatches) return { ...result, complete: false };
        const deleted = await deleteExpiredBatch(db, table, policy, run.batchSize);
        batches += 1;
        result[table] += deleted;
        Context.current().heartbeat(result);
        if (deleted < run.batchSize) break;
      }
    }
  }
  return result;
}

/**
 * One run of the retention schedule: the expired logs are deleted, then the overview's hourly rollups are brought
 * up to date (hours finished or marked stale since the last run, this run's deletions included). Deleting first
 * means a failing rollup never holds retention back. Both run here rather than as activities of their own, so a
 * run costs the workflow two history events however much it does.
 */
export function createDeleteExpiredLogs(db: Db) {
  return async function deleteExpiredLogs(run: RetentionRun): Promise<RetentionResult> {
    const result = await deleteExpired(db, run);
    await rollUpOverview(db);
    return result;
  };
}
