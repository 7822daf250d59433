import { proxyActivities, type ActivityOptions } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { DeliverEventInput } from '../activities/deliver-event';
import type { DeliveryOutcome, RetrySettings } from '../shared/delivery';

export interface RedeliveryInput {
  delivery: DeliverEventInput;
  retry: RetrySettings;
  timeoutMs: number;
}

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

/** Sends a past delivery again, durably and with the webhook's retry policy, as a new delivery. */
export async function redeliveryWorkflow(input: RedeliveryInput): Promise<DeliveryOutcome> {
  const { deliverEvent } = proxyActivities<Activities>(deliveryActivityOptions(input.retry, input.timeoutMs));
  return deliverEvent(input.delivery);
}
