import type { Db } from '../db/database';
import { findOutgoingWebhook } from '../db/repositories/outgoing-webhooks';
import { finishRecovery, nextRecoveredDeliveries } from '../db/repositories/recoveries';
import type { RecoveryCursor } from '../shared/delivery';
import type { RecoveryInput } from '../shared/workflows';
import type { DeliverEventInput } from './deliver-event';

export interface RecoveryBatch {
  deliveries: DeliverEventInput[];
  timeoutMs: number;
  /** Where the next batch starts; undefined when this one is empty. */
  cursor?: RecoveryCursor;
}

/** The activities of a bulk recovery (src/workflows/recovery.ts). */
export function createRecoveryActivities(db: Db) {
  return {
    async nextRecoveryBatch({ orgId, recoveryId, webhookId, cursor, limit }: RecoveryInput & { limit: number }): Promise<RecoveryBatch> {
      const rows = await nextRecoveredDeliveries(db, recoveryId, cursor, limit);
      const webhook = await findOutgoingWebhook(db, orgId, webhookId);
      const last = rows[rows.length - 1];
      return {
        // Same ids as before: the receiver sees the same `webhook-id` it may already have seen fail.
        deliveries: rows.map((r) => ({ deliveryId: r.id, orgId, webhookId, context: r.context, redeliveryOf: r.redelivery_of ?? undefined })),
        timeoutMs: webhook?.timeout_ms ?? 10_000,
        cursor: last && { call_id: last.call_id ?? '', created_at: last.created_at.toISOString(), id: last.id },
      };
    },
    async finishRecovery({ recoveryId }: RecoveryInput): Promise<void> {
      await finishRecovery(db, recoveryId);
    },
  };
}
