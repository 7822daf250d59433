import { proxyActivities, uuid4 } from '@temporalio/workflow';
import type * as activities from '../activities';
import type { SubscribedWebhook } from '../activities/webhook-subscriptions';
import type { RenderContext } from '../shared/call';
import { deliveryActivityOptions } from './delivery-options';

function deliveryActivity(timeoutMs: number) {
  return proxyActivities<ReturnType<typeof activities.createActivities>>(deliveryActivityOptions(timeoutMs)).deliverEvent;
}

/**
 * Sends each emitted event to the webhooks subscribed to it. Deliveries to one webhook are chained so a call's
 * events reach it in order; different webhooks proceed in parallel.
 */
export class DeliveryFanOut {
  private readonly chains = new Map<string, Promise<void>>();

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
    const deliveryId = `dlv_${uuid4().replace(/-/g, '')}`;
    const previous = this.chains.get(webhook.id) ?? Promise.resolve();
    const next = previous.then(() =>
      deliveryActivity(webhook.timeout_ms)({ deliveryId, orgId: this.orgId, webhookId: webhook.id, context }).then(
        () => undefined,
        // A delivery that failed for good is recorded by the activity; later events still go out.
        () => undefined,
      ),
    );
    this.chains.set(webhook.id, next);
  }
}
