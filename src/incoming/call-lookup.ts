import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database';

/** The caller's most recent call whose post-call window is still open, from the call index. */
export async function findOpenCallOfCaller(db: DbOrTrx, orgId: string, caller: string): Promise<{ call_id: string; workflow_id: string } | undefined> {
  return db
    .selectFrom('calls')
    .select(['call_id', 'workflow_id'])
    .where('org_id', '=', orgId)
    .where('caller', '=', caller)
    .where('post_call_window_ends_at', '>', sql<Date>`now()`)
    .orderBy('started_at', 'desc')
    .orderBy('completed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}
