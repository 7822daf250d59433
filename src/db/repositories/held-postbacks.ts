import { sql } from 'kysely';
import { newId } from '../../ids';
import type { PostCallChange } from '../../shared/messages';
import type { DbOrTrx } from '../database';
import type { HeldPostbackRow } from '../tables/held-postbacks';

export interface NewHeldPostback {
  org_id: string;
  webhook_id: string;
  webhook_type: string;
  call_id?: string;
  caller?: string;
  change: PostCallChange;
  match_window_seconds: number;
}

/** Holds a postback; a repeat of a held one (same webhook and transaction id) returns the first, as a duplicate. */
export async function holdPostback(db: DbOrTrx, held: NewHeldPostback): Promise<{ row: HeldPostbackRow; duplicate: boolean }> {
  const { change } = held;
  const inserted = await db
    .insertInto('held_postbacks')
    .values({
      id: newId('hpb'),
      org_id: held.org_id,
      webhook_id: held.webhook_id,
      webhook_type: held.webhook_type,
      request_id: change.request_id,
      transaction_id: change.transaction_id ?? null,
      call_id: held.call_id ?? null,
      caller: held.caller ?? null,
      change: JSON.stringify(change),
      expires_at: sql<Date>`now() + make_interval(secs => ${held.match_window_seconds})`,
    })
    .onConflict((oc) => oc.columns(['org_id', 'webhook_id', 'transaction_id']).where('transaction_id', 'is not', null).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { row: inserted, duplicate: false };
  const first = await db
    .selectFrom('held_postbacks')
    .selectAll()
    .where('org_id', '=', held.org_id)
    .where('webhook_id', '=', held.webhook_id)
    .where('transaction_id', '=', change.transaction_id!)
    .executeTakeFirstOrThrow();
  return { row: first, duplicate: true };
}

/** The change a held postback carries, marked so a call applies it once however often it is offered. */
export function heldChange(row: HeldPostbackRow): PostCallChange {
  return { ...row.change, held_id: row.id, transaction_id: row.change.transaction_id ?? row.id };
}

/**
 * Gives a starting call the postbacks waiting for it (by its id, or by its caller) and returns them oldest first.
 * Claiming again for the same call returns them again: a retried begin step must not lose them.
 */
export async function claimHeldPostbacksForCall(db: DbOrTrx, orgId: string, callId: string, caller: string | undefined): Promise<PostCallChange[]> {
  const rows = await db
    .updateTable('held_postbacks')
    .set({ attached_call_id: callId, attached_at: sql`coalesce(attached_at, now())` })
    .where('org_id', '=', orgId)
    .where('expires_at', '>', sql<Date>`now()`)
    .where((eb) => eb.or([eb('attached_call_id', 'is', null), eb('attached_call_id', '=', callId)]))
    .where((eb) => eb.or([eb('call_id', '=', callId), ...(caller ? [eb.and([eb('call_id', 'is', null), eb('caller', '=', caller)])] : [])]))
    .returningAll()
    .execute();
  return rows.sort((a, b) => a.id.localeCompare(b.id)).map(heldChange);
}

/** Claims one waiting postback for a call (an operator's attach, or the ingress finding the call after all). */
export async function claimHeldPostback(db: DbOrTrx, orgId: string, id: string, callId: string): Promise<HeldPostbackRow | undefined> {
  return db
    .updateTable('held_postbacks')
    .set({ attached_call_id: callId, attached_at: sql`now()` })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('attached_call_id', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .returningAll()
    .executeTakeFirst();
}

/** Undoes a claim whose delivery failed, so the postback waits again. */
export async function releaseHeldPostback(db: DbOrTrx, orgId: string, id: string): Promise<void> {
  await db.updateTable('held_postbacks').set({ attached_call_id: null, attached_at: null }).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function findWaitingPostback(db: DbOrTrx, orgId: string, id: string): Promise<HeldPostbackRow | undefined> {
  return db
    .selectFrom('held_postbacks')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('attached_call_id', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
}

/** Waiting postbacks, newest first; `limit + 1` rows so the caller can tell whether there is a next page. */
export async function listWaitingPostbacks(db: DbOrTrx, orgId: string, filters: { limit: number; cursor?: string }): Promise<HeldPostbackRow[]> {
  let query = db.selectFrom('held_postbacks').selectAll().where('org_id', '=', orgId).where('attached_call_id', 'is', null).where('expires_at', '>', sql<Date>`now()`);
  if (filters.cursor) query = query.where('id', '<', filters.cursor);
  return query.orderBy('id', 'desc').limit(filters.limit + 1).execute();
}

/** Discards a waiting postback; false when there is none (never held, given to a call, or expired). */
export async function discardHeldPostback(db: DbOrTrx, orgId: string, id: string): Promise<HeldPostbackRow | undefined> {
  return db.deleteFrom('held_postbacks').where('org_id', '=', orgId).where('id', '=', id).where('attached_call_id', 'is', null).returningAll().executeTakeFirst();
}

/** Deletes a batch of postbacks past their match window (given to a call or not). */
export async function deleteExpiredPostbacks(db: DbOrTrx, limit: number): Promise<number> {
  const result = await db
    .deleteFrom('held_postbacks')
    .where('id', 'in', (eb) => eb.selectFrom('held_postbacks').select('id').where('expires_at', '<=', sql<Date>`now()`).limit(limit))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
