import { sql } from 'kysely';
import type { RenderContext } from '../../shared/call';
import type { RecoveryCursor } from '../../shared/delivery';
import type { Db, DbOrTrx } from '../database';
import type { RecoveryRow } from '../tables/deliveries';

export interface RecoveryRequest {
  id: string;
  orgId: string;
  webhookId: string;
  since: Date;
  callId?: string;
}

/**
 * Creates a recovery and claims what it will send (call it in a transaction): the webhook's
 * failed deliveries since the time (of one call, if given) that no workflow still waits on. Claimed ones are
 * pending again with a fresh retry schedule, so no other recovery claims them and a succeeded one never is.
 */
export async function createRecovery(trx: DbOrTrx, request: RecoveryRequest): Promise<RecoveryRow> {
  let claim = trx
    .updateTable('deliveries')
    .set({ status: 'pending', recovery_id: request.id, failures: 0, discarded_at: null, next_attempt_at: null, updated_at: sql`now()` })
    .where('org_id', '=', request.orgId)
    .where('webhook_id', '=', request.webhookId)
    .where('status', '=', 'failed')
    .where('test', '=', false)
    .where('simulated', '=', false)
    .where('held_by', 'is', null)
    .where('created_at', '>=', request.since);
  if (request.callId) claim = claim.where('call_id', '=', request.callId);
  const claimed = await claim.executeTakeFirst();
  return trx
    .insertInto('recoveries')
    .values({ id: request.id, org_id: request.orgId, webhook_id: request.webhookId, since: request.since, call_id: request.callId ?? null, total: Number(claimed.numUpdatedRows) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface RecoveryProgress extends RecoveryRow {
  succeeded: number;
  failed: number;
  pending: number;
}

/** A recovery with its progress, counted from the deliveries it claimed. */
export async function findRecovery(db: DbOrTrx, orgId: string, id: string): Promise<RecoveryProgress | undefined> {
  const row = await db.selectFrom('recoveries').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const counts = await db
    .selectFrom('deliveries')
    .select([
      sql<number>`count(*) filter (where status = 'succeeded')`.as('succeeded'),
      sql<number>`count(*) filter (where status in ('failed', 'skipped'))`.as('failed'),
      sql<number>`count(*) filter (where status in ('pending', 'held'))`.as('pending'),
    ])
    .where('recovery_id', '=', id)
    .executeTakeFirstOrThrow();
  return { ...row, ...counts };
}

export interface RecoveredDelivery {
  id: string;
  call_id: string | null;
  context: RenderContext;
  redelivery_of: string | null;
  created_at: Date;
}

/** The recovery's next deliveries in per-call order (each call's in the order they were first made). */
export async function nextRecoveredDeliveries(db: DbOrTrx, recoveryId: string, after: RecoveryCursor | undefined, limit: number): Promise<RecoveredDelivery[]> {
  let q = db.selectFrom('deliveries').select(['id', 'call_id', 'context', 'redelivery_of', 'created_at']).where('recovery_id', '=', recoveryId);
  if (after) q = q.where(sql<boolean>`(coalesce(call_id, ''), created_at, id) > (${after.call_id}, ${new Date(after.created_at)}, ${after.id})`);
  return q.orderBy(sql`coalesce(call_id, '')`).orderBy('created_at').orderBy('id').limit(limit).execute();
}

export async function finishRecovery(db: DbOrTrx, id: string): Promise<void> {
  await db.updateTable('recoveries').set({ status: 'completed', finished_at: sql`now()` }).where('id', '=', id).where('status', '=', 'running').execute();
}

/** A recovery whose workflow could not start: its claimed deliveries are failed again, and it is gone. */
export async function cancelRecovery(db: Db, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('deliveries').set({ status: 'failed', recovery_id: null, updated_at: sql`now()` }).where('recovery_id', '=', id).where('status', '=', 'pending').execute();
    await trx.deleteFrom('recoveries').where('id', '=', id).execute();
  });
}
