import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { RetentionResult } from '../activities/retention';
import type { RetentionRun } from '../shared/retention';

const { deleteExpiredLogs } = proxyActivities<Activities>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '2 minutes',
  retry: { maximumInterval: '1 minute', maximumAttempts: 5 },
});

/** Run by the retention schedule: deletes logs and calls past each organization's retention, in batches. */
export async function logRetentionWorkflow(run: RetentionRun): Promise<RetentionResult> {
  return deleteExpiredLogs(run);
}
