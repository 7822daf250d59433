import { ApplicationFailure, Context } from '@temporalio/activity';
import { findDeliveryTarget, holdDelivery, recordUnsendable, recordWaiting, settleDiscarded, type DeliveryIdentity, type DeliveryTarget } from '../db/repositories/deliveries';
import { throttleWebhook } from '../db/repositories/webhook-health';
import type { OutgoingWebhookRow } from '../db/tables/outgoing-webhooks';
import { attemptDelivery, type DeliveryDependencies, type RetryDecision, type RetryableFailure } from '../delivery/attempt';
import type { HealthTracker } from '../delivery/health-tracking';
import type { AttemptsInFlight } from '../delivery/in-flight';
import { deliveriesSettled } from '../observability/metrics';
import { paceDelivery, THROTTLE_WITHOUT_RETRY_AFTER_MS } from '../delivery/pacing';
import { heldRecheckMs, retryDelayMs } from '../delivery/schedule';
import type { DeliveryOutcome, DeliveryRequest, RetrySettings } from '../shared/delivery';
import type { HealthWorkflows } from '../temporal/health-workflows';

/** Redeliveries carry the delivery they repeat; the fan-out's deliveries do not. */
export interface DeliverEventInput extends DeliveryRequest {
  redeliveryOf?: string;
}

export interface DeliverEventDependencies extends DeliveryDependencies {
  health: HealthTracker;
  gates: HealthWorkflows;
  inFlight: AttemptsInFlight;
}

/**
 * The webhook's retry schedule: Retry-After when the receiver sent one, else jittered exponential backoff. A 429
 * does not count against it: the endpoint is slowed down instead (see `throttleWebhook`).
 */
function scheduleOf(retry: RetrySettings): (failure: RetryableFailure) => RetryDecision {
  return ({ failures, retryAfterMs, throttled }) => {
    if (throttled) return { status: 'pending', delayMs: retryAfterMs ?? THROTTLE_WITHOUT_RETRY_AFTER_MS };
    if (failures >= retry.max_attempts) return { status: 'held', reason: `retry schedule spent after ${failures} failed attempts: the webhook is paused` };
    return { status: 'pending', delayMs: retryAfterMs ?? retryDelayMs(retry, failures) };
  };
}

const final = (message: string) => ApplicationFailure.create({ message, type: 'FinalDeliveryFailure', nonRetryable: true });

/**
 * The shortest wait before a retry. Temporal ends an activity whose failure asks for a retry after no delay at all
 * (retry state "timeout"): a receiver's `Retry-After: 0`, or a send slot due now, left its delivery pending for ever.
 */
const MIN_RETRY_DELAY_MS = 100;

/** A failure Temporal retries after `delayMs` (at least MIN_RETRY_DELAY_MS), or by its policy when none is given. */
const retryAfter = (message: string, type: string, delayMs: number | undefined) =>
  ApplicationFailure.create({ message, type, nextRetryDelay: delayMs === undefined ? undefined : Math.max(MIN_RETRY_DELAY_MS, Math.round(delayMs)) });

/**
 * Sends one attempt of a delivery and records it. The schedule is ours, not Temporal's: the attempt count lives
 * in the delivery's row (so it survives worker restarts), and a retryable failure throws with the jittered
 * delay as `nextRetryDelay`, under a Temporal retry policy without an attempt limit. Retries cost no workflow
 * history events. Final outcomes throw `FinalDeliveryFailure`, which the policy does not retry.
 *
 * A paused webhook gets no attempt: the delivery is recorded as held and the workflow waits for the webhook's
 * gate to release it. A rate-limited (or 429-throttled) one waits for its send slot (docs/delivery-resilience.md).
 */
export function createDelivery(deps: DeliverEventDependencies) {
  /** One attempt from what is known of the webhook, its health and the delivery's progress. */
  const deliverTo = async (delivery: DeliverEventInput, { webhook, health, progress, throttledUntil }: DeliveryTarget): Promise<DeliveryOutcome> => {
    const identity: DeliveryIdentity = {
      id: delivery.deliveryId,
      orgId: delivery.orgId,
      webhookId: delivery.webhookId,
      webhookName: webhook?.name ?? '(deleted webhook)',
      context: delivery.context,
      redeliveryOf: delivery.redeliveryOf,
    };
    if (!webhook) {
      await recordUnsendable(deps.db, identity, 'failed', 'webhook was deleted');
      deliveriesSettled.inc({ webhook_id: delivery.webhookId, outcome: 'failed' });
      throw final('webhook was deleted');
    }
    if (!webhook.enabled) {
      await recordUnsendable(deps.db, identity, 'skipped', 'webhook is disabled');
      deliveriesSettled.inc({ webhook_id: delivery.webhookId, outcome: 'skipped' });
      return { status: 'skipped' };
    }
    // Never send twice what succeeded (a worker that died before reporting it, a probe, a recovery run twice),
    // nor again what failed for good or an operator discarded.
    if (progress?.status === 'succeeded') return { status: 'succeeded' };
    if (progress?.discarded) {
      await settleDiscarded(deps.db, delivery.deliveryId);
      throw final('discarded by an operator');
    }
    if (progress?.status === 'failed') throw final('the delivery already failed for good');
    // A retry's time not yet come, or the call step's first attempt still in flight (docs/delivery-resilience.md).
    const notDueFor = progress?.status === 'pending' && progress.next_attempt_at ? progress.next_attempt_at.getTime() - Date.now() : 0;
    if (notDueFor > 0) throw retryAfter('waiting for the attempt in flight or the retry’s time', 'DeliveryNotDue', notDueFor);

    const hold = async ({ org_id, id, health_policy }: OutgoingWebhookRow): Promise<DeliveryOutcome> => {
      await holdDelivery(deps.db, identity, Context.current().info.workflowExecution?.workflowId ?? null);
      await deps.gates.open({ orgId: org_id, webhookId: id });
      return { status: 'held', recheck_after_ms: heldRecheckMs(health_policy) };
    };
    if (health.state === 'paused') return hold(webhook);

    const pace = await paceDelivery(deps.db, webhook, throttledUntil);
    if (!pace.go) {
      await recordWaiting(deps.db, identity, new Date(Date.now() + pace.retryInMs));
      throw retryAfter('waiting for the webhook’s next send slot', 'PacedDelivery', pace.retryInMs);
    }

    const outcome = await attemptDelivery(deps, {
      deliveryId: delivery.deliveryId,
      webhook,
      context: delivery.context,
      attempt: (progress?.attempts_count ?? 0) + 1,
      failures: progress?.failures,
      retry: scheduleOf(webhook.retry),
      redeliveryOf: delivery.redeliveryOf,
    });
    await deps.health.afterAttempt(webhook, health, outcome);
    if (outcome.throttled) await throttleWebhook(deps.db, webhook, outcome.retryDelayMs ?? THROTTLE_WITHOUT_RETRY_AFTER_MS);
    if (outcome.verdict === 'succeeded') return { status: 'succeeded', response_status: outcome.response?.status };
    if (outcome.status === 'held') return hold(webhook);
    const message = outcome.error ?? 'delivery failed';
    if (outcome.status === 'failed') throw final(message);
    throw retryAfter(message, 'RetryableDeliveryFailure', outcome.retryDelayMs);
  };

  return {
    deliverTo,
    /** The delivery activity: reads where the delivery stands, then attempts it. */
    async deliverEvent(delivery: DeliverEventInput): Promise<DeliveryOutcome> {
      // The call step's first attempt, still running in this process: its recorded outcome is where this starts.
      await deps.inFlight.settled(delivery.deliveryId);
      return deliverTo(delivery, await findDeliveryTarget(deps.db, delivery.orgId, delivery.webhookId, delivery.deliveryId));
    },
  };
}
