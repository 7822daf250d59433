import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The call index outlives the logs: post-call updates find a call by id, and reports look back, a year by default.
  await db.schema.alterTable('organizations').addColumn('call_retention_days', 'integer', (c) => c.notNull().defaultTo(365)).execute();
  // The trace an attempt ran in (when tracing is on), to find it in the tracing backend from the delivery log.
  await db.schema.alterTable('delivery_attempts').addColumn('trace_id', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('delivery_attempts').dropColumn('trace_id').execute();
  await db.schema.alterTable('organizations').dropColumn('call_retention_days').execute();
}
