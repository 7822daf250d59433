import type { DeliveryIdentity } from '../db/repositories/deliveries';
import type { AttemptOutcome } from '../delivery/attempt';
import { deliveriesSettled, deliveryAttemptDuration, deliveryAttempts } from './metrics';

/** What an operator sees of one attempt outside the database: its metrics (and its log line). */
export function observeAttempt(delivery: DeliveryIdentity, outcome: AttemptOutcome): void {
  const webhook_id = delivery.webhookId;
  const labels = { webhook_id, outcome: outcome.verdict };
  deliveryAttempts.inc(labels);
  deliveryAttemptDuration.observe(labels, outcome.duration_ms / 1000);
  if (outcome.status === 'succeeded' || outcome.status === 'failed') deliveriesSettled.inc({ webhook_id, outcome: outcome.status });
}
