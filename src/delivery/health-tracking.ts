import type { Db } from '../db/database';
import { applyHealthEvent, type HealthChange } from '../db/repositories/webhook-health';
import type { OutgoingWebhookRow } from '../db/tables/outgoing-webhooks';
import type { WebhookGates } from '../temporal/webhook-gates';
import type { AttemptOutcome } from './attempt';
import type { Health, HealthEvent } from './health';

/** Applies health events and acts on the transitions they cause: a pause opens the gate, a recovery drains it. */
export interface HealthTracker {
  apply(webhook: Pick<OutgoingWebhookRow, 'id' | 'org_id' | 'health_policy'>, event: HealthEvent): Promise<HealthChange>;
  /** Acts on a change applied elsewhere (an operator's, in the transaction of its audit entry). */
  react(webhook: Pick<OutgoingWebhookRow, 'id' | 'org_id'>, change: HealthChange): Promise<void>;
  /** The event an attempt's outcome is, if any: a success on a clean webhook changes nothing and is not written. */
  afterAttempt(webhook: OutgoingWebhookRow, health: Health, outcome: AttemptOutcome, probe?: boolean): Promise<HealthChange | undefined>;
}

export function healthTracker(db: Db, gates: WebhookGates): HealthTracker {
  const tracker: HealthTracker = {
    async apply(webhook, event) {
      const change = await applyHealthEvent(db, webhook.org_id, webhook.id, event, webhook.health_policy);
      await tracker.react(webhook, change);
      return change;
    },
    async react(webhook, change) {
      const gate = { orgId: webhook.org_id, webhookId: webhook.id };
      if (change.after.state === 'paused' && change.before.state !== 'paused') await gates.open(gate);
      if (change.before.state === 'paused' && change.after.state !== 'paused') await gates.nudge(gate);
    },
    async afterAttempt(webhook, health, outcome, probe) {
      if (outcome.verdict === 'succeeded') {
        if (health.state === 'healthy' && health.consecutive_failures === 0) return undefined;
        return tracker.apply(webhook, { kind: 'succeeded' });
      }
      const error = outcome.error ?? 'delivery failed';
      if (outcome.status === 'held' && !probe) return tracker.apply(webhook, { kind: 'retries_exhausted', error });
      return tracker.apply(webhook, { kind: 'failed', error, probe });
    },
  };
  return tracker;
}
