import type { ActivityOptions } from '@temporalio/workflow';
import type { RetrySettings } from '../shared/delivery';

/** Activity options for one delivery: the webhook's retry schedule as a Temporal retry policy. */
export function deliveryActivityOptions(retry: RetrySettings, timeoutMs: number): ActivityOptions {
  return {
    // The HTTP timeout plus room to record the attempt.
    startToCloseTimeout: timeoutMs + 10_000,
    retry: {
      maximumAttempts: retry.max_attempts,
      initialInterval: retry.initial_interval_seconds * 1000,
      backoffCoefficient: retry.backoff_coefficient,
      maximumInterval: retry.max_interval_seconds * 1000,
      nonRetryableErrorTypes: ['FinalDeliveryFailure'],
    },
  };
}
