import type { Db, Statements } from '../database';
import { upsertCallStatement, type CallIndexRecord } from './calls';
import type { queuedDeliveries } from './deliveries';

/**
 * A call step's writes, its call index row and its queued deliveries, as one statement (the index upsert a `with`
 * clause of the deliveries' insert): one round trip and one commit instead of two. Returns the ids of the
 * deliveries it queued; those a retried step had queued already are not among them.
 */
export async function recordCallStep(db: Db, queue: ReturnType<typeof queuedDeliveries>['insert'], index: CallIndexRecord | undefined): Promise<Set<string>> {
  if (!queue) {
    if (index) await upsertCallStatement(db, index).execute();
    return new Set();
  }
  // The insert does not read the `with` clause's rows: only its own table's types matter to it.
  const statements = index ? (db.with('indexed', (withIndex) => upsertCallStatement(withIndex, index)) as unknown as Statements) : db;
  const queued = await queue(statements).returning('id').execute();
  return new Set(queued.map(({ id }) => id));
}
