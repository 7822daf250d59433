import { proxyActivities, uuid4 } from '@temporalio/workflow';
import type * as activities from '../activities';
import type { RenderContext } from '../shared/call';
import type { RetrySettings } from '../shared/delivery';

const { findSubscribedWebhooks } = proxyActivities<ReturnType<typeof activities.createActivities>>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '30 seconds' },
});

function deliveryActivity(retry: RetrySettings, timeoutMs: number) {
  return proxyActivities<ReturnType<typeof activities.createActivities>>({
    // The HTTP timeout plus room to record the attempt.
    startToCloseTimeout: timeoutMs + 10_000,
    retry: {
      maximumAttempts: retry.max_attempts,
      initialInterval: retry.initial_interval_seconds * 1000,
      backoffCoefficient: retry.backoff_coefficient,
      maximumInterval: retry.max_interval_seconds * 1000,
      nonRetryableErrorTypes: ['FinalDeliveryFailure'],
    },
  }).deliverEvent;
}

/**
 * Sends each emitted event to every subscribed webhook. Deliveries to one webhook are chained so a call's
 * events reach it in order; different webhooks proceed in parallel.
 */
export class DeliveryFanOut {
  private readonly chains = new Map<string, Promise<void>>();

  constructor(private readonly orgId: string) {}

  async emit(context: RenderContext): Promise<void> {
    const webhooks = await findSubscribedWebhooks({ orgId: this.orgId, context });
    for (const webhook of webhooks) {
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

  /** Resolves once every delivery started so far has finished. */
  async drain(): Promise<void> {
    await Promise.all(this.chains.values());
  }
}
