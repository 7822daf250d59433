import { ApplicationFailure, Context } from '@temporalio/activity';
import { recordSkippedDelivery } from '../db/repositories/deliveries';
import { findOutgoingWebhook } from '../db/repositories/outgoing-webhooks';
import { attemptDelivery, type DeliveryDependencies } from '../delivery/attempt';
import type { DeliveryOutcome, DeliveryRequest } from '../shared/delivery';

/** Redeliveries carry the delivery they repeat; the fan-out's deliveries do not. */
export interface DeliverEventInput extends DeliveryRequest {
  redeliveryOf?: string;
}

/**
 * Sends one attempt of a delivery and records it; Temporal's retry policy (from the webhook's settings) drives
 * the next. Retryable outcomes throw a retryable failure (with the receiver's Retry-After as the next delay);
 * final ones throw `FinalDeliveryFailure`, which the policy does not retry.
 */
export function createDeliverEvent(deps: DeliveryDependencies) {
  return async function deliverEvent(delivery: DeliverEventInput): Promise<DeliveryOutcome> {
    const webhook = await findOutgoingWebhook(deps.db, delivery.orgId, delivery.webhookId);
    if (!webhook || !webhook.enabled) {
      const identity = { id: delivery.deliveryId, orgId: delivery.orgId, webhookId: delivery.webhookId, webhookName: webhook?.name ?? '(deleted webhook)', context: delivery.context, redeliveryOf: delivery.redeliveryOf };
      await recordSkippedDelivery(deps.db, identity, webhook ? 'webhook is disabled' : 'webhook was deleted');
      return { status: 'skipped' };
    }

    const { info } = Context.current();
    // maximumAttempts 0 means unlimited in Temporal; the webhook's own setting is the fallback.
    const maxAttempts = info.retryPolicy?.maximumAttempts || webhook.retry.max_attempts;
    const outcome = await attemptDelivery(deps, {
      deliveryId: delivery.deliveryId,
      webhook,
      context: delivery.context,
      attempt: info.attempt,
      last: info.attempt >= maxAttempts,
      redeliveryOf: delivery.redeliveryOf,
    });
    if (outcome.verdict === 'succeeded') return { status: 'succeeded', response_status: outcome.response?.status };
    const message = outcome.error ?? 'delivery failed';
    if (outcome.verdict === 'final') throw ApplicationFailure.create({ message, type: 'FinalDeliveryFailure', nonRetryable: true });
    throw ApplicationFailure.create({ message, type: 'RetryableDeliveryFailure', nextRetryDelay: outcome.retryAfterMs });
  };
}
