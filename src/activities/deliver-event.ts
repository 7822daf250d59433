import { ApplicationFailure } from '@temporalio/activity';
import { findDeliveryTarget, recordSkippedDelivery } from '../db/repositories/deliveries';
import { attemptDelivery, type DeliveryDependencies, type RetryDecision, type RetryableFailure } from '../delivery/attempt';
import { retryDelayMs } from '../delivery/schedule';
import type { DeliveryOutcome, DeliveryRequest, RetrySettings } from '../shared/delivery';

/** Redeliveries carry the delivery they repeat; the fan-out's deliveries do not. */
export interface DeliverEventInput extends DeliveryRequest {
  redeliveryOf?: string;
}

/** The webhook's retry schedule: Retry-After when the receiver sent one, else jittered exponential backoff. */
function scheduleOf(retry: RetrySettings): (failure: RetryableFailure) => RetryDecision {
  return ({ failures, retryAfterMs }) => {
    if (failures >= retry.max_attempts) return { status: 'failed', reason: `gave up after ${failures} failed attempts` };
    return { status: 'pending', delayMs: retryAfterMs ?? retryDelayMs(retry, failures) };
  };
}

/**
 * Sends one attempt of a delivery and records it. The schedule is ours, not Temporal's: the attempt count lives
 * in the delivery's row (so it survives worker restarts), and a retryable failure throws with the jittered
 * delay as `nextRetryDelay`, under a Temporal retry policy without an attempt limit. Retries cost no workflow
 * history events. Final outcomes throw `FinalDeliveryFailure`, which the policy does not retry.
 */
export function createDeliverEvent(deps: DeliveryDependencies) {
  return async function deliverEvent(delivery: DeliverEventInput): Promise<DeliveryOutcome> {
    const { webhook, progress } = await findDeliveryTarget(deps.db, delivery.orgId, delivery.webhookId, delivery.deliveryId);
    if (!webhook || !webhook.enabled) {
      const identity = { id: delivery.deliveryId, orgId: delivery.orgId, webhookId: delivery.webhookId, webhookName: webhook?.name ?? '(deleted webhook)', context: delivery.context, redeliveryOf: delivery.redeliveryOf };
      await recordSkippedDelivery(deps.db, identity, webhook ? 'webhook is disabled' : 'webhook was deleted');
      return { status: 'skipped' };
    }
    // A worker that died after recording success, before reporting it: never send twice what succeeded.
    if (progress?.status === 'succeeded') return { status: 'succeeded' };

    const outcome = await attemptDelivery(deps, {
      deliveryId: delivery.deliveryId,
      webhook,
      context: delivery.context,
      attempt: (progress?.attempts_count ?? 0) + 1,
      failures: progress?.failures,
      retry: scheduleOf(webhook.retry),
      redeliveryOf: delivery.redeliveryOf,
    });
    if (outcome.verdict === 'succeeded') return { status: 'succeeded', response_status: outcome.response?.status };
    const message = outcome.error ?? 'delivery failed';
    if (outcome.status === 'failed') throw ApplicationFailure.create({ message, type: 'FinalDeliveryFailure', nonRetryable: true });
    throw ApplicationFailure.create({ message, type: 'RetryableDeliveryFailure', nextRetryDelay: outcome.retryDelayMs });
  };
}
