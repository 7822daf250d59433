import { sql } from 'kysely';
import type { Db } from '../db/database';
import type { CallEventType } from '../shared/call';
import type { RetrySettings } from '../shared/delivery';

export interface SubscribedWebhook {
  id: string;
  version: number;
  retry: RetrySettings;
  timeout_ms: number;
}

/** The organization's enabled outgoing webhooks subscribed to one event type: the fan-out of an event. */
export async function findSubscribedWebhooks(db: Db, orgId: string, eventType: CallEventType): Promise<SubscribedWebhook[]> {
  return db
    .selectFrom('outgoing_webhooks')
    .select(['id', 'version', 'retry', 'timeout_ms'])
    .where('org_id', '=', orgId)
    .where('enabled', '=', true)
    .where('event_types', '@>', sql<string[]>`array[${eventType}]::text[]`)
    .orderBy('id')
    .execute();
}
