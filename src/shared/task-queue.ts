/** The task queue call workflows and their activities run on unless TEMPORAL_TASK_QUEUE says otherwise. */
export const DEFAULT_TASK_QUEUE = 'callhooks';
