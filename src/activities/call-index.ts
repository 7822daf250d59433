import type { Db } from '../db/database';
import { upsertCall } from '../db/repositories/calls';
import type { CallSnapshot } from '../shared/call';
import type { ResolvedTags } from '../shared/tags';

/** A call as the workflow reports it to the index at one transition. */
export interface CallIndexRecord {
  workflowId: string;
  /** The workflow's write counter; the index keeps the highest. */
  sequence: number;
  call: CallSnapshot;
  tags: ResolvedTags;
  completedAt?: string;
  postCallWindowEndsAt?: string;
  closedAt?: string;
}

/** Keeps the call index current; idempotent, and an older write (a retry) never replaces a newer one. */
export function createRecordCallIndex(db: Db) {
  return async function recordCallIndex(record: CallIndexRecord): Promise<void> {
    await upsertCall(db, record);
  };
}
