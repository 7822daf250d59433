import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client, type ScheduleOptionsAction, type ScheduleOptionsStartWorkflowAction, type ScheduleSpec } from '@temporalio/client';
import type { RetentionRun } from '../shared/retention';
import type { LogRetentionWorkflow, PreCallExpiryWorkflow } from '../shared/workflows';

/**
 * Creates a schedule, or brings an existing one to this spec and action. Every worker calls it at start; whichever
 * comes second finds it running and updates it to the same thing. A run still going when the next is due makes
 * that one skip: two runs would compete for the same rows.
 */
async function ensureSchedule(client: Client, scheduleId: string, everySeconds: number, action: ScheduleOptionsAction): Promise<void> {
  const spec: ScheduleSpec = { intervals: [{ every: `${everySeconds}s` }] };
  try {
    await client.schedule.create({ scheduleId, spec, action, policies: { overlap: ScheduleOverlapPolicy.SKIP } });
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
    await client.schedule.getHandle(scheduleId).update((previous) => ({ ...previous, spec, action }));
  }
}

/** One expiry schedule per task queue, so deployments (and test runs) sharing a namespace stay apart. */
export const preCallExpiryScheduleId = (taskQueue: string) => `pre-call-expiry-${taskQueue}`;

/** The schedule that deletes expired pre-call data. */
export async function ensurePreCallExpirySchedule(client: Client, options: { taskQueue: string; everySeconds: number }): Promise<void> {
  const scheduleId = preCallExpiryScheduleId(options.taskQueue);
  const action: ScheduleOptionsStartWorkflowAction<PreCallExpiryWorkflow> = {
    type: 'startWorkflow',
    workflowType: 'preCallExpiryWorkflow',
    workflowId: scheduleId,
    taskQueue: options.taskQueue,
    workflowExecutionTimeout: '10 minutes',
  };
  await ensureSchedule(client, scheduleId, options.everySeconds, action);
}

/** One retention schedule per task queue, like the expiry schedule. */
export const logRetentionScheduleId = (taskQueue: string) => `log-retention-${taskQueue}`;

/** The schedule that deletes logs and calls past each organization's retention (docs/operability.md). */
export async function ensureLogRetentionSchedule(client: Client, options: { taskQueue: string; everySeconds: number; run: RetentionRun }): Promise<void> {
  const scheduleId = logRetentionScheduleId(options.taskQueue);
  const action: ScheduleOptionsStartWorkflowAction<LogRetentionWorkflow> = {
    type: 'startWorkflow',
    workflowType: 'logRetentionWorkflow',
    workflowId: scheduleId,
    taskQueue: options.taskQueue,
    args: [options.run],
    workflowExecutionTimeout: '1 hour',
  };
  await ensureSchedule(client, scheduleId, options.everySeconds, action);
}
