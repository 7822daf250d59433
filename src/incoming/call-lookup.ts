import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database';

/** A call a post-call update is for, as the index shows it. */
export interface PostCallTarget {
  call_id: string;
  workflow_id: string;
  /** Its workflow has closed (post-call window over): an update reopens it. */
  closed: boolean;
}

export interface MatchRules {
  /** A caller's most recent call started at most this long ago. */
  matchWindowSeconds: number;
  /** Any call by id started at most this many days ago. */
  retentionDays: number;
}

/**
 * The call a post-call update names: by call id, any call within retention; by caller, the caller's most recent
 * call within the match window. Undefined when none matches (the update is then held).
 */
export async function findPostCallTarget(db: DbOrTrx, orgId: string, by: { callId?: string; caller?: string }, rules: MatchRules): Promise<PostCallTarget | undefined> {
  let query = db
    .selectFrom('calls')
    .select(['call_id', 'workflow_id', sql<boolean>`closed_at is not null`.as('closed')])
    .where('org_id', '=', orgId);
  if (by.callId) {
    query = query.where('call_id', '=', by.callId).where(sql<boolean>`coalesce(started_at, updated_at) > now() - make_interval(days => ${rules.retentionDays})`);
  } else {
    query = query
      .where('caller', '=', by.caller!)
      // started_at is set by the first event: a row without it is a call still being indexed.
      .where(sql<boolean>`started_at > now() - make_interval(secs => ${rules.matchWindowSeconds})`)
      .orderBy('started_at', 'desc')
      .orderBy('call_id', 'desc');
  }
  return query.limit(1).executeTakeFirst();
}
