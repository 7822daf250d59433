import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // `{ requests, per: "second" | "minute", burst }`, or null: no limit.
  await db.schema.alterTable('outgoing_webhooks').addColumn('rate_limit', 'jsonb').execute();
  // The webhook's pacing (GCRA's theoretical arrival time): the next send slot is this minus the burst allowance.
  // A 429 pushes it forward, so every delivery to the endpoint waits, rate limit or not.
  await db.schema.alterTable('outgoing_webhook_health').addColumn('rate_tat', 'timestamptz').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outgoing_webhook_health').dropColumn('rate_tat').execute();
  await db.schema.alterTable('outgoing_webhooks').dropColumn('rate_limit').execute();
}
