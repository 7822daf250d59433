import type { Db } from '../db/database';
import { findStateChange } from '../db/repositories/webhook-health';
import { alertContext } from '../delivery/alerts';
import { newId } from '../ids';
import type { RenderContext } from '../shared/call';
import type { WebhookAlertInput } from '../shared/workflows';

export interface PlannedAlert {
  deliveryId: string;
  webhookId: string;
  timeoutMs: number;
  context: RenderContext;
}

/** The alert deliveries of one state change: one per enabled notification channel other than its subject. */
export function createPlanWebhookAlert(db: Db) {
  return async function planWebhookAlert({ orgId, changeId }: WebhookAlertInput): Promise<PlannedAlert[]> {
    const change = await findStateChange(db, orgId, changeId);
    if (!change) return [];
    const channels = await db
      .selectFrom('outgoing_webhooks')
      .select(['id', 'timeout_ms'])
      .where('org_id', '=', orgId)
      .where('notification_channel', '=', true)
      .where('enabled', '=', true)
      .where('id', '!=', change.webhook_id)
      .orderBy('id')
      .execute();
    const context = alertContext(change);
    return channels.map((channel) => ({ deliveryId: newId('dlv'), webhookId: channel.id, timeoutMs: channel.timeout_ms, context }));
  };
}
