import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('organizations')
    // A disabled organization's tokens and ingress keys stop working; its data stays.
    .addColumn('disabled_at', 'timestamptz')
    // A post-call update by caller number matches the caller's most recent call within this window.
    .addColumn('match_window_seconds', 'integer', (c) => c.notNull().defaultTo(7 * 86_400))
    .addColumn('retention_days', 'integer', (c) => c.notNull().defaultTo(30))
    .addColumn('timezone', 'text', (c) => c.notNull().defaultTo('UTC'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('organizations')
    .dropColumn('disabled_at')
    .dropColumn('match_window_seconds')
    .dropColumn('retention_days')
    .dropColumn('timezone')
    .dropColumn('updated_at')
    .execute();
}
