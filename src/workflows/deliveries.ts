import { proxyActivities, proxyLocalActivities, uuid4 } from '@temporalio/workflow';
import type * as activities from '../activities';
import type { RenderContext } from '../shared/call';
import type { RetrySettings } from '../shared/delivery';
import { deliveryActivityOptions } from './delivery-options';

// A local activity: the lookup is one indexed query, and running it inside the workflow task saves two
// round trips to the server on the path from platform event to delivery.
const { findSubscribedWebhooks } = proxyLocalActivities<ReturnType<typeof activities.createActivities>>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '30 seconds' },
});

function deliveryActivity(retry: RetrySettings, timeoutMs: number) {
  return proxyActivities<ReturnType<typeof activities.createActivities>>(deliveryActivityOptions(retry, timeoutMs)).deliverEvent;
}

/**
 * Sends each emitted event to every subscribed webhook. Deliveries to one webhook are chained so a call's
 * events reach it in order; different webhooks proceed in parallel. Lookups of several events run at once,
 * but their deliveries join the chains in emission order.
 */
export class DeliveryFanOut {
  private readonly chains = new Map<string, Promise<void>>();
  private registered: Promise<void> = Promise.resolve();

  constructor(private readonly orgId: string) {}

  /** Queues the event's deliveries; resolves once they are chained (not delivered). */
  emit(context: RenderContext): Promise<void> {
    const found = findSubscribedWebhooks({ orgId: this.orgId, context });
    this.registered = this.registered.then(async () => {
      for (const webhook of await found) this.chain(webhook, context);
    });
    return this.registered;
  }

  /** Resolves once every delivery queued so far has finished. */
  async drain(): Promise<void> {
    await this.registered;
    await Promise.all(this.chains.values());
  }

  private chain(webhook: { id: string; retry: RetrySettings; timeout_ms: number }, context: RenderContext): void {
    const deliveryId = `dlv_${uuid4().replace(/-/g, '')}`;
    const previous = this.chains.get(webhook.id) ?? Promise.resolve();
    const next = previous.then(() =>
      deliveryActivity(webhook.retry, webhook.timeout_ms)({ deliveryId, orgId: this.orgId, webhookId: webhook.id, context }).then(
        () => undefined,
        // A delivery that exhausted its retries is recorded by the activity; later events still go out.
        () => undefined,
      ),
    );
    this.chains.set(webhook.id, next);
  }
}
