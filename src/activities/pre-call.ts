import type { Config } from '../config';
import type { Db } from '../db/database';
import { upsertCall, type CallIndexRecord } from '../db/repositories/calls';
import { claimHeldPostbacksForCall, deleteExpiredPostbacks } from '../db/repositories/held-postbacks';
import { deleteExpiredPreCallRows, heldPreCallData } from '../db/repositories/pre-call-data';
import type { CallBeginning } from '../shared/call-steps';
import { createLoadCallSettings } from './call-settings';

export interface BeginCallInput {
  orgId: string;
  /** Given by calls that take held postbacks (those started since postbacks are held). */
  callId?: string;
  /** Given once the call's caller is known: the caller, and the call as the index must show it from now on. */
  caller?: string;
  index?: CallIndexRecord;
}

/**
 * The start of a call in one local activity: its settings, and the caller's unexpired pre-call data. The call's
 * index row is written before the read: the ingress commits a post and then looks for the caller's live calls in
 * the index, so a post this read misses is one whose lookup finds this call and signals it.
 */
export function createBeginCall(db: Db, config: Config) {
  const loadCallSettings = createLoadCallSettings(db, config);
  return async function beginCall(input: BeginCallInput): Promise<CallBeginning> {
    const settings = loadCallSettings(input.orgId);
    // Index first, read after: a postback held after this read finds the call in the index (see post-call.ts).
    if (input.index) await upsertCall(db, input.index);
    const [loaded, enrichments, held] = await Promise.all([
      settings,
      input.caller && heldPreCallData(db, input.orgId, input.caller),
      input.callId && claimHeldPostbacksForCall(db, input.orgId, input.callId, input.caller),
    ]);
    return { settings: loaded, ...(enrichments && { enrichments }), ...(held && held.length > 0 && { held }) };
  };
}

/**
 * Deletes a batch of expired pre-call data and of postbacks past their match window; the expiry schedule's
 * workflow calls it until a batch comes back short.
 */
export function createDeleteExpiredPreCallData(db: Db) {
  return async function deleteExpiredPreCallData(input: { limit: number }): Promise<number> {
    const [preCall, postbacks] = await Promise.all([deleteExpiredPreCallRows(db, input.limit), deleteExpiredPostbacks(db, input.limit)]);
    return Math.max(preCall, postbacks);
  };
}
