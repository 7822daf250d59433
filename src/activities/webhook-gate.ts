import { findOutgoingWebhook } from '../db/repositories/outgoing-webhooks';
import { countUnsettled, deferProbe, failOrphaned, findHealth, findOldestHeld, listWaitingDeliveries, markReleased, recordBacklog } from '../db/repositories/webhook-health';
import type { OutgoingWebhookRow } from '../db/tables/outgoing-webhooks';
import { attemptDelivery } from '../delivery/attempt';
import { heldRecheckMs } from '../delivery/schedule';
import type { WebhookGateInput } from '../shared/workflows';
import type { DeliverEventDependencies } from './deliver-event';

/** What a webhook's gate does next: wait for a probe or an operator while paused, else drain. */
export interface GateStatus {
  paused: boolean;
  /** Paused by an operator: never probed. */
  manual: boolean;
  /** How long to wait before probing (or, paused by hand, before looking again). */
  wait_ms: number;
  drain_per_second: number;
}

/** The activities of a paused webhook's gate workflow (src/workflows/webhook-gate.ts). */
export function createGateActivities(deps: DeliverEventDependencies) {
  /** A backlog over the threshold is alerted once per pause (the flag clears when the webhook is healthy). */
  async function alertOnBacklog(webhook: OutgoingWebhookRow): Promise<void> {
    const threshold = webhook.health_policy.backlog_alert_threshold;
    const pending = await countUnsettled(deps.db, webhook.id, threshold);
    if (pending < threshold) return;
    await recordBacklog(deps.db, webhook, pending);
    await deps.health.dispatchAlerts(webhook.id);
  }

  return {
    async webhookGateStatus({ orgId, webhookId }: WebhookGateInput): Promise<GateStatus> {
      const webhook = await findOutgoingWebhook(deps.db, orgId, webhookId);
      const health = await findHealth(deps.db, webhookId);
      const paused = !!webhook?.enabled && health.state === 'paused';
      if (paused) await alertOnBacklog(webhook);
      const manual = health.paused_reason === 'manual';
      const recheck = webhook ? heldRecheckMs(webhook.health_policy) : 0;
      const untilProbe = Math.max(0, (health.next_probe_at?.getTime() ?? 0) - Date.now());
      return { paused, manual, wait_ms: manual ? recheck : Math.min(untilProbe, recheck), drain_per_second: webhook?.health_policy.drain_per_second ?? 100 };
    },

    /**
     * Probes a paused webhook with the delivery held longest, under its own id (so its `webhook-id` stays the
     * same): a success resumes the webhook and the drain starts; a failure doubles the probe interval.
     */
    async probeWebhook({ orgId, webhookId }: WebhookGateInput): Promise<void> {
      const webhook = await findOutgoingWebhook(deps.db, orgId, webhookId);
      const health = await findHealth(deps.db, webhookId);
      if (!webhook?.enabled || health.state !== 'paused' || health.paused_reason === 'manual') return;
      if (health.next_probe_at && health.next_probe_at.getTime() > Date.now()) return;
      const held = await findOldestHeld(deps.db, webhookId);
      if (!held) return deferProbe(deps.db, webhookId, health.probe_interval_ms ?? webhook.health_policy.probe_initial_interval_seconds * 1000);
      const outcome = await attemptDelivery(deps, {
        deliveryId: held.id,
        webhook,
        context: held.context,
        attempt: held.attempts_count + 1,
        failures: held.failures,
        // Whatever happens, the delivery stays held: its workflow sends it (or finds it sent) once released.
        retry: () => ({ status: 'held', reason: 'probe of a paused webhook' }),
        redeliveryOf: held.redelivery_of ?? undefined,
      });
      await deps.health.afterAttempt(webhook, health, outcome, true);
    },

    /** Releases up to `limit` waiting deliveries, oldest first: their workflows try them again. Returns how many. */
    async releaseHeldDeliveries({ webhookId, limit }: WebhookGateInput & { limit: number }): Promise<number> {
      const waiting = await listWaitingDeliveries(deps.db, webhookId, limit);
      for (const delivery of waiting) {
        if (!(await deps.gates.release(delivery.held_by, webhookId))) await failOrphaned(deps.db, delivery.id);
      }
      await markReleased(deps.db, waiting.map((d) => d.id));
      return waiting.length;
    },
  };
}
