import { Context } from '@temporalio/activity';
import type { Db } from '../db/database';
import { rollUpOverview } from '../db/repositories/overview-rollups';
import { deleteExpiredBatch, RETAINED_TABLES, retentionPolicies, type RetainedTable } from '../db/repositories/retention';

export interface RetentionRun {
  /** Rows per DELETE. */
  batchSize: number;
  /** DELETEs per run at most; a larger backlog is finished by the next runs of the schedule. */
  maxBatches: number;
}

export type RetentionResult = Record<RetainedTable, number> & { complete: boolean };

/**
 * One run of the retention schedule: first the overview's hourly rollups are brought up to date (hours finished
 * or marked stale since the last run), then for every organization and table, batch after batch of deletions
 * until a batch comes back short. The batches run here rather than one activity each, so a run costs the
 * workflow two history events however much it deletes; the heartbeat after each batch lets Temporal see it
 * progress.
 */
export function createDeleteExpiredLogs(db: Db) {
  return async function deleteExpiredLogs(run: RetentionRun): Promise<RetentionResult> {
    const result: RetentionResult = { incoming_requests: 0, deliveries: 0, calls: 0, complete: true };
    let batches = 0;
    await rollUpOverview(db);
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
  };
}
