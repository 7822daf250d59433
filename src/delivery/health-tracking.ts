import type { Db } from '../db/database';
import { applyHealthEvent, listUnalertedChanges, markAlerted, type HealthChange, type HealthSubject } from '../db/repositories/webhook-health';
import type { OutgoingWebhookRow } from '../db/tables/outgoing-webhooks';
import type { HealthWorkflows } from '../temporal/health-workflows';
import type { AttemptOutcome } from './attempt';
import type { Health, HealthEvent } from '../shared/webhook-health';

/**
 * Applies health events and acts on the transitions they cause: a pause opens the gate, a recovery drains it,
 * and every state change is alerted once.
 */
export interface HealthTracker {
  apply(webhook: HealthSubject, event: HealthEvent): Promise<HealthChange>;
  /** Acts on a change applied elsewhere (an operator's, in the transaction of its audit entry). */
  react(webhook: Pick<OutgoingWebhookRow, 'id' | 'org_id'>, change: HealthChange): Promise<void>;
  /** The event an attempt's outcome is, if any: a success on a clean webhook changes nothing and is not written. */
  afterAttempt(webhook: OutgoingWebhookRow, health: Health, outcome: AttemptOutcome, probe?: boolean): Promise<HealthChange | undefined>;
  /** Starts the alerts of the webhook's state changes that have none yet (also those a crash left behind). */
  dispatchAlerts(webhookId: string): Promise<void>;
}

export function healthTracker(db: Db, workflows: HealthWorkflows): HealthTracker {
  const tracker: HealthTracker = {
    async apply(webhook, event) {
      const change = await applyHealthEvent(db, webhook, event);
      await tracker.react(webhook, change);
      return change;
    },
    async react(webhook, change) {
      const gate = { orgId: webhook.org_id, webhookId: webhook.id };
      if (change.after.state === 'paused' && change.before.state !== 'paused') await workflows.open(gate);
      if (change.before.state === 'paused' && change.after.state !== 'paused') await workflows.nudge(gate);
      if (change.after.state !== change.before.state) await tracker.dispatchAlerts(webhook.id);
    },
    async afterAttempt(webhook, health, outcome, probe) {
      if (outcome.verdict === 'succeeded') {
        if (health.state === 'healthy' && health.consecutive_failures === 0) return undefined;
        return tracker.apply(webhook, { kind: 'succeeded' });
      }
      // A 429 says "too fast", not "broken": it slows the endpoint down (pacing) without counting as a failure.
      if (outcome.throttled) return undefined;
      const error = outcome.error ?? 'delivery failed';
      if (outcome.status === 'held' && !probe) return tracker.apply(webhook, { kind: 'retries_exhausted', error });
      return tracker.apply(webhook, { kind: 'failed', error, probe });
    },
    async dispatchAlerts(webhookId) {
      try {
        for (const change of await listUnalertedChanges(db, webhookId)) {
          await workflows.alert({ orgId: change.org_id, changeId: change.id });
          await markAlerted(db, change.id);
        }
      } catch (err) {
        // The change is logged: its alert starts with the webhook's next state change or probe.
        console.warn(`alerts of webhook ${webhookId} not started yet: ${(err as Error).message}`);
      }
    },
  };
  return tracker;
}
