import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';

const { deleteExpiredPreCallData } = proxyActivities<Activities>({ startToCloseTimeout: '1 minute', retry: { maximumInterval: '30 seconds', maximumAttempts: 5 } });

/** Rows per delete: small enough that a batch never holds locks for long. */
const BATCH = 1000;
/** Batches per run; a larger backlog is finished by the next runs of the schedule. */
const MAX_BATCHES = 100;

/** Run by the pre-call expiry schedule: deletes expired pre-call data in batches, returning how many rows went. */
export async function preCallExpiryWorkflow(): Promise<number> {
  let removed = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const deleted = await deleteExpiredPreCallData({ limit: BATCH });
    removed += deleted;
    if (deleted < BATCH) break;
  }
  return removed;
}
