import type { Config } from '../config';
import type { Db } from '../db/database';
import { upsertCall, type CallIndexRecord } from '../db/repositories/calls';
import { deleteExpiredPreCallRows, heldPreCallData } from '../db/repositories/pre-call-data';
import type { Enrichment } from '../shared/messages';
import { createLoadCallSettings, type CallSettings } from './call-settings';

export interface BeginCallInput {
  orgId: string;
  /** Given once the call's caller is known: the caller, and the call as the index must show it from now on. */
  caller?: string;
  index?: CallIndexRecord;
}

export interface CallBeginning {
  settings: CallSettings;
  /** The caller's unexpired pre-call data; absent when no caller was given. */
  enrichments?: Enrichment[];
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
    if (!input.caller || !input.index) return { settings: await settings };
    await upsertCall(db, input.index);
    const [loaded, enrichments] = await Promise.all([settings, heldPreCallData(db, input.orgId, input.caller)]);
    return { settings: loaded, enrichments };
  };
}

/** Deletes a batch of expired pre-call data; the expiry schedule's workflow calls it until a batch comes back short. */
export function createDeleteExpiredPreCallData(db: Db) {
  return async function deleteExpiredPreCallData(input: { limit: number }): Promise<number> {
    return deleteExpiredPreCallRows(db, input.limit);
  };
}
