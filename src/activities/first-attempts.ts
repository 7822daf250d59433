import { ApplicationFailure } from '@temporalio/activity';
import type { Db } from '../db/database';
import { awaitAttemptInFlight, type DeliveryTarget } from '../db/repositories/deliveries';
import type { RenderContext } from '../shared/call';
import { settledFirstTry, type FirstTry, type SubscribedWebhook } from '../shared/delivery';
import type { AttemptsInFlight } from '../delivery/in-flight';
import type { createDelivery } from './deliver-event';

/**
 * How long a call step waits for its first attempts. A receiver slower than this does not hold back the call's
 * next event to the other webhooks: its attempt goes on in the background and the delivery activity takes over.
 */
const FIRST_TRY_BUDGET_MS = 1000;

/** Room after the HTTP timeout for a handed-over attempt to be recorded before the activity stops waiting. */
const RECORDING_MARGIN_MS = 5000;

const PENDING: FirstTry = { status: 'pending' };

/** One step's deliveries to one webhook, in emission order. */
interface WebhookQueue {
  deliveries: Array<{ webhook: SubscribedWebhook; context: RenderContext }>;
  /** The delivery whose attempt is running: when it started, and its outcome to come. */
  current?: { webhook: SubscribedWebhook; startedAt: number; attempt: Promise<FirstTry> };
}

/**
 * Makes the step's deliveries' first attempts inside the call step, the way the delivery activity would (same
 * function, same log rows), so a healthy receiver costs the call no scheduled activity: one round trip through
 * Temporal per event instead of two. Each webhook's deliveries go one after another and stop at the first that
 * does not settle; webhooks still busy with an earlier event's delivery are left to their chain. Sets
 * `first_try` on each delivery attempted here.
 */
export function createFirstAttempts(db: Db, delivery: ReturnType<typeof createDelivery>, inFlight: AttemptsInFlight) {
  const attempt = async (orgId: string, webhook: SubscribedWebhook, context: RenderContext, target?: DeliveryTarget): Promise<FirstTry> => {
    const request = { deliveryId: webhook.delivery_id!, orgId, webhookId: webhook.id, context };
    try {
      return await (target ? delivery.deliverTo(request, target) : delivery.deliverEvent(request));
    } catch (err) {
      // A final failure is recorded; anything else (a retry, a database error) is the activity's to carry on.
      return err instanceof ApplicationFailure && err.nonRetryable ? { status: 'failed', error: err.message } : PENDING;
    }
  };

  /** `known` gives the target of a delivery whose progress is known to be none (the step just queued it). */
  return async function firstAttempts(orgId: string, contexts: RenderContext[], fanOut: SubscribedWebhook[][], busyWebhooks: string[], known: (webhook: SubscribedWebhook) => DeliveryTarget | undefined): Promise<void> {
    const queues = new Map<string, WebhookQueue>();
    fanOut.forEach((webhooks, i) => {
      for (const webhook of webhooks) {
        if (busyWebhooks.includes(webhook.id) || !webhook.delivery_id) continue;
        const queue = queues.get(webhook.id) ?? { deliveries: [] };
        queue.deliveries.push({ webhook, context: contexts[i] });
        queues.set(webhook.id, queue);
      }
    });
    let handedOver = false;
    const runs = [...queues.values()].map(async (queue) => {
      for (const { webhook, context } of queue.deliveries) {
        if (handedOver) return;
        queue.current = { webhook, startedAt: Date.now(), attempt: attempt(orgId, webhook, context, known(webhook)) };
        const outcome = await queue.current.attempt;
        // Past the budget the activity owns this delivery: what the attempt recorded is what it reads.
        if (handedOver) return;
        webhook.first_try = outcome;
        queue.current = undefined;
        if (!settledFirstTry(outcome)) return;
      }
    });
    let timer: NodeJS.Timeout | undefined;
    const inTime = await Promise.race([Promise.all(runs).then(() => true), new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), FIRST_TRY_BUDGET_MS)))]);
    clearTimeout(timer);
    if (inTime) return;
    handedOver = true;
    await Promise.all(
      [...queues.values()].map(async ({ current }) => {
        if (!current) return;
        const { webhook, startedAt } = current;
        webhook.first_try = PENDING;
        inFlight.handOver(webhook.delivery_id!, current.attempt);
        await awaitAttemptInFlight(db, webhook.delivery_id!, new Date(startedAt + webhook.timeout_ms + RECORDING_MARGIN_MS));
      }),
    );
  };
}
