import type { Db } from '../db/database';
import { upsertCall } from '../db/repositories/calls';
import { deleteExpiredPreCallRows, heldPreCallData } from '../db/repositories/pre-call-data';
import type { Enrichment } from '../shared/messages';
import type { CallIndexRecord } from './call-index';

export interface AttachPreCallInput {
  orgId: string;
  caller: string;
  /** The call as the index must show it from now on: live, from this caller. */
  index: CallIndexRecord;
}

/**
 * The caller's unexpired pre-call data for a starting call. The call's index row is written first: the ingress
 * commits a post and then looks for the caller's live calls in the index, so a post this read misses is one
 * whose lookup finds this call and signals it. A local activity: a quick query, no scheduled task.
 */
export function createAttachPreCallData(db: Db) {
  return async function attachPreCallData(input: AttachPreCallInput): Promise<Enrichment[]> {
    await upsertCall(db, input.index);
    return heldPreCallData(db, input.orgId, input.caller);
  };
}

/** Deletes a batch of expired pre-call data; the expiry schedule's workflow calls it until a batch comes back short. */
export function createDeleteExpiredPreCallData(db: Db) {
  return async function deleteExpiredPreCallData(input: { limit: number }): Promise<number> {
    return deleteExpiredPreCallRows(db, input.limit);
  };
}
