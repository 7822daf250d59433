import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Thresholds and probe pacing per webhook; the defaults as of this migration fill existing rows.
  await db.schema
    .alterTable('outgoing_webhooks')
    .addColumn('health_policy', 'jsonb', (c) =>
      c.notNull().defaultTo(sql`'{"failing_after": 5, "pause_after": 15, "probe_initial_interval_seconds": 30, "probe_max_interval_seconds": 1800, "drain_per_second": 20, "backlog_alert_threshold": 1000}'::jsonb`),
    )
    .execute();

  // Runtime state, apart from the configuration: written by deliveries, never by a configuration change. A
  // webhook without a row is healthy, so the healthy path never writes here.
  await db.schema
    .createTable('outgoing_webhook_health')
    .addColumn('webhook_id', 'text', (c) => c.primaryKey().references('outgoing_webhooks.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('healthy'))
    .addColumn('paused_reason', 'text')
    .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('probe_interval_ms', 'integer')
    .addColumn('next_probe_at', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('state_changed_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .alterTable('deliveries')
    // The workflow waiting on a held delivery, which the webhook's gate signals when it drains.
    .addColumn('held_by', 'text')
    // Set when an operator discarded the delivery: it is failed and never attempted again unless recovered.
    .addColumn('discarded_at', 'timestamptz')
    .execute();
  // Pending counts read only unsettled deliveries; the drain only those whose workflows wait (oldest first).
  await db.schema
    .createIndex('deliveries_unsettled')
    .on('deliveries')
    .columns(['webhook_id', 'created_at'])
    .where(sql.ref('status'), 'in', ['pending', 'held'])
    .execute();
  await db.schema.createIndex('deliveries_waiting').on('deliveries').columns(['webhook_id', 'created_at']).where(sql.ref('held_by'), 'is not', null).execute();

  // Health statistics read a webhook's latest attempts.
  await db.schema.alterTable('delivery_attempts').addColumn('webhook_id', 'text').execute();
  await sql`update delivery_attempts a set webhook_id = d.webhook_id from deliveries d where d.id = a.delivery_id`.execute(db);
  await db.schema.alterTable('delivery_attempts').alterColumn('webhook_id', (c) => c.setNotNull()).execute();
  await db.schema.createIndex('delivery_attempts_webhook').on('delivery_attempts').columns(['webhook_id', 'created_at desc']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('delivery_attempts_webhook').execute();
  await db.schema.alterTable('delivery_attempts').dropColumn('webhook_id').execute();
  await db.schema.dropIndex('deliveries_waiting').execute();
  await db.schema.dropIndex('deliveries_unsettled').execute();
  await db.schema.alterTable('deliveries').dropColumn('held_by').dropColumn('discarded_at').execute();
  await db.schema.dropTable('outgoing_webhook_health').execute();
  await db.schema.alterTable('outgoing_webhooks').dropColumn('health_policy').execute();
}
