import { sql } from 'kysely';
import type { Db } from '../db/database';
import { recordFilteredOut } from '../db/repositories/deliveries';
import { simulationWebhookIds } from '../db/repositories/simulations';
import { describeFilterMismatch } from '../filters';
import type { RenderContext } from '../shared/call';
import type { NamedSubscription } from '../shared/delivery';

/**
 * The organization's enabled outgoing webhooks subscribed to an emitted event and whose filters it matches: the
 * fan-out of that event. An event a webhook's filters leave out is logged as a skipped delivery with the failing
 * condition, so "why did it not fire?" has an answer in the outgoing log. A simulated call reaches only the webhooks
 * its simulation selected, when it selected some.
 */
export async function findSubscribedWebhooks(db: Db, orgId: string, context: RenderContext): Promise<NamedSubscription[]> {
  const eventType = context.event.type;
  const selected = context.call.simulated ? await simulationWebhookIds(db, orgId, context.call.call_id) : undefined;
  let query = db
    .selectFrom('outgoing_webhooks')
    .select(['id', 'name', 'version', 'timeout_ms', 'filters'])
    .where('org_id', '=', orgId)
    .where('enabled', '=', true)
    .where('event_types', '@>', sql<string[]>`array[${eventType}]::text[]`)
    .orderBy('id');
  if (selected) query = query.where('id', 'in', selected);
  const candidates = await query.execute();
  const subscribed: NamedSubscription[] = [];
  for (const { filters, ...webhook } of candidates) {
    const mismatch = describeFilterMismatch(filters, context);
    if (mismatch === undefined) subscribed.push(webhook);
    else await recordFilteredOut(db, { orgId, webhookId: webhook.id, webhookName: webhook.name, context }, `filtered out: ${mismatch}`);
  }
  return subscribed;
}
