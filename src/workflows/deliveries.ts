import { condition, proxyActivities, setHandler, uuid4 } from '@temporalio/workflow';
import type * as activities from '../activities';
import type { DeliverEventInput } from '../activities/deliver-event';
import type { SubscribedWebhook } from '../shared/delivery';
import type { RenderContext } from '../shared/call';
import type { DeliveryOutcome } from '../shared/delivery';
import { deliveryReleaseSignal } from '../shared/messages';
import { deliveryActivityOptions } from './delivery-options';

function deliveryActivity(timeoutMs: number) {
  return proxyActivities<ReturnType<typeof activities.createActivities>>(deliveryActivityOptions(timeoutMs)).deliverEvent;
}

/**
 * Runs deliveries to completion, waiting out paused webhooks. A delivery to a paused webhook comes back `held`
 * without an attempt; the workflow then waits until the webhook's gate releases it (a signal), or re-checks
 * after a long while in case a release was missed, and runs it again under the same delivery id. On the healthy
 * path this adds nothing: no signal, no timer, no extra activity. One per workflow (it owns the signal handler).
 */
export class DeliveryRunner {
  private readonly releases = new Map<string, number>();

  constructor() {
    setHandler(deliveryReleaseSignal, ({ webhookId }) => void this.releases.set(webhookId, this.releasesOf(webhookId) + 1));
  }

  async deliver(delivery: DeliverEventInput, timeoutMs: number): Promise<DeliveryOutcome> {
    for (;;) {
      // A release that arrives while the activity runs counts: the next run looks at the webhook again.
      const seen = this.releasesOf(delivery.webhookId);
      const outcome = await deliveryActivity(timeoutMs)(delivery);
      if (outcome.status !== 'held') return outcome;
      await condition(() => this.releasesOf(delivery.webhookId) > seen, outcome.recheck_after_ms);
    }
  }

  private releasesOf(webhookId: string): number {
    return this.releases.get(webhookId) ?? 0;
  }
}

/**
 * Sends each emitted event to the webhooks subscribed to it. Deliveries to one webhook are chained so a call's
 * events reach it in order; different webhooks proceed in parallel.
 */
export class DeliveryFanOut {
  private readonly chains = new Map<string, Promise<void>>();
  private readonly runner = new DeliveryRunner();

  constructor(private readonly orgId: string) {}

  /** Queues the event's deliveries in emission order (the caller found its webhooks). */
  emit(context: RenderContext, webhooks: SubscribedWebhook[]): void {
    for (const webhook of webhooks) this.chain(webhook, context);
  }

  /** Resolves once every delivery queued so far has finished. */
  async drain(): Promise<void> {
    await Promise.all(this.chains.values());
  }

  private chain(webhook: SubscribedWebhook, context: RenderContext): void {
    // Queued at emission by the transition activity; histories from before that carry no id and draw one here.
    const deliveryId = webhook.delivery_id ?? `dlv_${uuid4().replace(/-/g, '')}`;
    const previous = this.chains.get(webhook.id) ?? Promise.resolve();
    const next = previous.then(() =>
      this.runner.deliver({ deliveryId, orgId: this.orgId, webhookId: webhook.id, context }, webhook.timeout_ms).then(
        () => undefined,
        // A delivery that failed for good is recorded by the activity; later events still go out.
        () => undefined,
      ),
    );
    this.chains.set(webhook.id, next);
  }
}
