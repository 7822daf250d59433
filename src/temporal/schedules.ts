import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client, type ScheduleOptionsStartWorkflowAction, type ScheduleSpec } from '@temporalio/client';
import type { RetentionRun } from '../activities/retention';
import type { logRetentionWorkflow } from '../workflows/log-retention';
import type { preCallExpiryWorkflow } from '../workflows/pre-call-expiry';

/** One expiry schedule per task queue, so deployments (and test runs) sharing a namespace stay apart. */
export const preCallExpiryScheduleId = (taskQueue: string) => `pre-call-expiry-${taskQueue}`;

/**
 * Creates the schedule that deletes expired pre-call data, or brings an existing one to this interval. Every
 * worker calls it at start; whichever comes second finds it running and updates it to the same thing.
 */
export async function ensurePreCallExpirySchedule(client: Client, options: { taskQueue: string; everySeconds: number }): Promise<void> {
  const scheduleId = preCallExpiryScheduleId(options.taskQueue);
  const spec: ScheduleSpec = { intervals: [{ every: `${options.everySeconds}s` }] };
  const action: ScheduleOptionsStartWorkflowAction<typeof preCallExpiryWorkflow> = {
    type: 'startWorkflow',
    workflowType: 'preCallExpiryWorkflow',
    workflowId: scheduleId,
    taskQueue: options.taskQueue,
    workflowExecutionTimeout: '10 minutes',
  };
  try {
    await client.schedule.create({ scheduleId, spec, action, policies: { overlap: ScheduleOverlapPolicy.SKIP } });
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
    await client.schedule.getHandle(scheduleId).update((previous) => ({ ...previous, spec, action }));
  }
}

/** One retention schedule per task queue, like the expiry schedule. */
export const logRetentionScheduleId = (taskQueue: string) => `log-retention-${taskQueue}`;

/**
 * Creates (or brings up to date) the schedule that deletes logs and calls past each organization's retention.
 * A run that is still going when the next is due makes that one skip: two runs would compete for the same rows.
 */
export async function ensureLogRetentionSchedule(client: Client, options: { taskQueue: string; everySeconds: number; run: RetentionRun }): Promise<void> {
  const scheduleId = logRetentionScheduleId(options.taskQueue);
  const spec: ScheduleSpec = { intervals: [{ every: `${options.everySeconds}s` }] };
  const action: ScheduleOptionsStartWorkflowAction<typeof logRetentionWorkflow> = {
    type: 'startWorkflow',
    workflowType: 'logRetentionWorkflow',
    workflowId: scheduleId,
    taskQueue: options.taskQueue,
    args: [options.run],
    workflowExecutionTimeout: '1 hour',
  };
  try {
    await client.schedule.create({ scheduleId, spec, action, policies: { overlap: ScheduleOverlapPolicy.SKIP } });
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
    await client.schedule.getHandle(scheduleId).update((previous) => ({ ...previous, spec, action }));
  }
}
