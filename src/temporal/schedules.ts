import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client, type ScheduleOptionsStartWorkflowAction, type ScheduleSpec } from '@temporalio/client';
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
