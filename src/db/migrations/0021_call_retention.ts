import type { Kysely } from 'kysely';

/** The call index outlives the logs: post-call updates find a call by id, and reports look back, for a year by default. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('organizations').addColumn('call_retention_days', 'integer', (c) => c.notNull().defaultTo(365)).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('organizations').dropColumn('call_retention_days').execute();
}
