import type { Db } from '../db/database';
import { findSubscribedTargets, recordFilteredOut, type NewDeliveryTarget } from '../db/repositories/deliveries';
import { simulationWebhookIds } from '../db/repositories/simulations';
import { describeFilterMismatch } from '../filters';
import type { RenderContext } from '../shared/call';
import type { NamedSubscription } from '../shared/delivery';

/** A webhook an event goes to: what the fan-out records, and what the delivery's first attempt starts from. */
export interface Subscriber {
  subscription: NamedSubscription;
  target: NewDeliveryTarget;
}

/**
 * The organization's enabled outgoing webhooks subscribed to an emitted event and whose filters it matches: the
 * fan-out of that event. An event a webhook's filters leave out is logged as a skipped delivery with the failing
 * condition, so "why did it not fire?" has an answer in the outgoing log. A simulated call reaches only the webhooks
 * its simulation selected, when it selected some.
 */
export async function findSubscribedWebhooks(db: Db, orgId: string, context: RenderContext): Promise<Subscriber[]> {
  const selected = context.call.simulated ? await simulationWebhookIds(db, orgId, context.call.call_id) : undefined;
  const subscribers: Subscriber[] = [];
  for (const target of await findSubscribedTargets(db, orgId, context.event.type, selected)) {
    const { id, name, version, timeout_ms, filters } = target.webhook;
    const mismatch = describeFilterMismatch(filters, context);
    if (mismatch === undefined) subscribers.push({ subscription: { id, name, version, timeout_ms }, target });
    else await recordFilteredOut(db, { orgId, webhookId: id, webhookName: name, context }, `filtered out: ${mismatch}`);
  }
  return subscribers;
}
