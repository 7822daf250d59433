import { sql } from 'kysely';
import type { Db } from '../db/database';
import type { RenderContext } from '../shared/call';
import type { RetrySettings } from '../shared/delivery';

export interface SubscribedWebhook {
  id: string;
  version: number;
  retry: RetrySettings;
  timeout_ms: number;
}

/** The organization's enabled outgoing webhooks subscribed to an emitted event: the fan-out of that event. */
export async function findSubscribedWebhooks(db: Db, orgId: string, context: RenderContext): Promise<SubscribedWebhook[]> {
  const eventType = context.event.type;
  return db
    .selectFrom('outgoing_webhooks')
    .select(['id', 'version', 'retry', 'timeout_ms'])
    .where('org_id', '=', orgId)
    .where('enabled', '=', true)
    .where('event_types', '@>', sql<string[]>`array[${eventType}]::text[]`)
    .orderBy('id')
    .execute();
}
