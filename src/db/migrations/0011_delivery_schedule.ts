import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('deliveries')
    // When a pending delivery is tried next (shown in the log); null once it is settled.
    .addColumn('next_attempt_at', 'timestamptz')
    // Failed attempts that count against the retry schedule (a 429 does not), so the schedule survives restarts.
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('deliveries').dropColumn('next_attempt_at').dropColumn('failures').execute();
}
