import { ApplicationFailure } from '@temporalio/activity';
import { request } from 'undici';
import type { Db } from '../db/database';
import type { DeliveryOutcome, DeliveryRequest } from '../shared/delivery';
import { renderWebhookRequest } from './render-request';

const RETRYABLE_STATUSES = new Set([408, 425, 429]);

/** Sends one delivery attempt; Temporal's retry policy (from the webhook's settings) drives the next. */
export function createDeliverEvent(db: Db) {
  return async function deliverEvent(delivery: DeliveryRequest): Promise<DeliveryOutcome> {
    const webhook = await db
      .selectFrom('outgoing_webhooks')
      .selectAll()
      .where('org_id', '=', delivery.orgId)
      .where('id', '=', delivery.webhookId)
      .executeTakeFirst();
    if (!webhook || !webhook.enabled) return { status: 'skipped' };

    const rendered = renderWebhookRequest(webhook, delivery.context);
    const response = await request(rendered.url, {
      method: rendered.method as 'POST',
      headers: { ...rendered.headers, 'webhook-id': delivery.deliveryId },
      body: rendered.body,
      headersTimeout: webhook.timeout_ms,
      bodyTimeout: webhook.timeout_ms,
    });
    await response.body.text();
    if (response.statusCode >= 200 && response.statusCode < 300) return { status: 'succeeded', response_status: response.statusCode };
    const message = `${webhook.name} answered HTTP ${response.statusCode}`;
    if (response.statusCode >= 500 || RETRYABLE_STATUSES.has(response.statusCode)) throw ApplicationFailure.retryable(message, 'RetryableDeliveryFailure');
    throw ApplicationFailure.create({ message, type: 'FinalDeliveryFailure', nonRetryable: true });
  };
}
