import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The pace of the sends themselves (GCRA over when each request actually left), next to the pace of the slots
  // handed out (rate_tat): a send that starts late then delays the next one instead of losing its slot.
  await db.schema.alterTable('outgoing_webhook_health').addColumn('send_tat', 'timestamptz').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outgoing_webhook_health').dropColumn('send_tat').execute();
}
