import { condition, proxyActivities, setHandler, uuid4 } from '@temporalio/workflow';
import type * as activities from '../activities';
import type { DeliverEventInput } from '../activities/deliver-event';
import type { RenderContext } from '../shared/call';
import { settledFirstTry, type DeliveryOutcome, type SubscribedWebhook } from '../shared/delivery';
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

  /**
   * Runs the delivery until it settles. `first` is what the call step's own attempt left, with the releases seen
   * before that step: a held one waits for its release before the activity runs.
   */
  async deliver(delivery: DeliverEventInput, timeoutMs: number, first?: { held: { recheck_after_ms: number }; seen: number }): Promise<DeliveryOutcome> {
    if (first) await condition(() => this.releasesOf(delivery.webhookId) > first.seen, first.held.recheck_after_ms);
    for (;;) {
      // A release that arrives while the activity runs counts: the next run looks at the webhook again.
      const seen = this.releasesOf(delivery.webhookId);
      const outcome = await deliveryActivity(timeoutMs)(delivery);
      if (outcome.status !== 'held') return outcome;
      await condition(() => this.releasesOf(delivery.webhookId) > seen, outcome.recheck_after_ms);
    }
  }

  /** Releases seen so far, per webhook: taken before a call step whose first attempts may hold. */
  releaseCounts(): Map<string, number> {
    return new Map(this.releases);
  }

  private releasesOf(webhookId: string): number {
    return this.releases.get(webhookId) ?? 0;
  }
}

/**
 * Sends each emitted event to the webhooks subscribed to it. Deliveries to one webhook are chained so a call's
 * events reach it in order; different webhooks proceed in parallel. The call step makes each delivery's first
 * attempt itself when its webhook's chain is idle; only what that attempt did not settle runs here.
 */
export class DeliveryFanOut {
  private readonly chains = new Map<string, Promise<void>>();
  /** Deliveries queued or running per webhook: a step makes no first attempt while its webhook has any. */
  private readonly unsettled = new Map<string, number>();
  private readonly runner = new DeliveryRunner();

  constructor(private readonly orgId: string) {}

  /** Webhooks with a delivery still going, for the next call step. */
  busyWebhooks(): string[] {
    return [...this.unsettled.keys()];
  }

  /** Releases seen before a call step, for the deliveries its first attempts hold. */
  releaseCounts(): Map<string, number> {
    return this.runner.releaseCounts();
  }

  /** Queues the event's unsettled deliveries in emission order (the call step found its webhooks). */
  emit(context: RenderContext, webhooks: SubscribedWebhook[], releasesBefore: Map<string, number>): void {
    for (const webhook of webhooks) {
      if (settledFirstTry(webhook.first_try)) continue;
      const held = webhook.first_try?.status === 'held' ? { held: webhook.first_try, seen: releasesBefore.get(webhook.id) ?? 0 } : undefined;
      this.chain(webhook, context, held);
    }
  }

  /** Resolves once every delivery queued so far has finished. */
  async drain(): Promise<void> {
    await Promise.all(this.chains.values());
  }

  private chain(webhook: SubscribedWebhook, context: RenderContext, held?: Parameters<DeliveryRunner['deliver']>[2]): void {
    // Queued at emission by the transition activity; histories from before that carry no id and draw one here.
    const deliveryId = webhook.delivery_id ?? `dlv_${uuid4().replace(/-/g, '')}`;
    const previous = this.chains.get(webhook.id) ?? Promise.resolve();
    this.unsettled.set(webhook.id, (this.unsettled.get(webhook.id) ?? 0) + 1);
    // A delivery that failed for good is recorded by the activity; later events still go out.
    const settled = () => {
      const left = this.unsettled.get(webhook.id)! - 1;
      if (left === 0) this.unsettled.delete(webhook.id);
      else this.unsettled.set(webhook.id, left);
    };
    const next = previous.then(() => this.runner.deliver({ deliveryId, orgId: this.orgId, webhookId: webhook.id, context }, webhook.timeout_ms, held).then(settled, settled));
    this.chains.set(webhook.id, next);
  }
}
