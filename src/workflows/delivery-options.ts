import type { ActivityOptions } from '@temporalio/workflow';

/**
 * Activity options for one delivery. The retry schedule is the activity's own (jittered, Retry-After aware,
 * counted in the delivery's row): each retryable failure names its `nextRetryDelay`, so Temporal's policy only
 * sets the pace after a timeout or a lost worker, and has no attempt limit of its own.
 */
export function deliveryActivityOptions(timeoutMs: number): ActivityOptions {
  return {
    // The HTTP timeout, room to record the attempt, and the longest wait for a rate limit's slot.
    startToCloseTimeout: timeoutMs + 20_000,
    retry: {
      initialInterval: '1 second',
      backoffCoefficient: 2,
      maximumInterval: '1 minute',
      nonRetryableErrorTypes: ['FinalDeliveryFailure'],
    },
  };
}
