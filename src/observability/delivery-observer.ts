import type { AttemptRecord, DeliveryIdentity } from '../db/repositories/deliveries';
import { log } from './log';
import { deliveriesSettled, deliveryAttemptDuration, deliveryAttempts } from './metrics';

/** What an operator sees of one attempt outside the database: its metrics and its log line. */
export function observeAttempt(delivery: DeliveryIdentity, outcome: AttemptRecord & { verdict: string }): void {
  const webhook_id = delivery.webhookId;
  const labels = { webhook_id, outcome: outcome.verdict };
  deliveryAttempts.inc(labels);
  deliveryAttemptDuration.observe(labels, outcome.duration_ms / 1000);
  if (outcome.status === 'succeeded' || outcome.status === 'failed') deliveriesSettled.inc({ webhook_id, outcome: outcome.status });
  // The URL is the redacted one the log stores; headers and bodies stay in the database, behind the API's roles.
  log.info(
    {
      delivery_id: delivery.id,
      attempt: outcome.attempt,
      call_id: delivery.context.call?.call_id,
      event_type: delivery.context.event?.type,
      org_id: delivery.orgId,
      webhook_id,
      method: outcome.request.method,
      url: outcome.request.url,
      verdict: outcome.verdict,
      status: outcome.status,
      response_status: outcome.response?.status ?? null,
      duration_ms: outcome.duration_ms,
      error: outcome.error,
      trace_id: outcome.trace_id,
    },
    'delivery attempt',
  );
}
