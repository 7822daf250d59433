import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('outgoing_webhooks')
    // Receives alerts about the organization's other webhooks, rendered with its own alert template.
    .addColumn('notification_channel', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('alert_template', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  // Backlog alerts go out once per pause: set when sent, cleared when the webhook is healthy again.
  await db.schema.alterTable('outgoing_webhook_health').addColumn('backlog_alerted', 'boolean', (c) => c.notNull().defaultTo(false)).execute();

  // Every health state change (and backlog over the threshold), written with the change itself; `alerted_at`
  // is set once its alert workflow has started, so a crash in between is caught up later.
  await db.schema
    .createTable('outgoing_webhook_state_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    // No foreign key: the history outlives a deleted webhook.
    .addColumn('webhook_id', 'text', (c) => c.notNull())
    .addColumn('webhook_name', 'text', (c) => c.notNull())
    .addColumn('alert_type', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text', (c) => c.notNull())
    .addColumn('to_state', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('last_error', 'text')
    .addColumn('pending', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('alerted_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('outgoing_webhook_state_changes_webhook').on('outgoing_webhook_state_changes').columns(['webhook_id', 'created_at']).execute();
  await db.schema
    .createIndex('outgoing_webhook_state_changes_unalerted')
    .on('outgoing_webhook_state_changes')
    .column('webhook_id')
    .where(sql.ref('alerted_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('outgoing_webhook_state_changes').execute();
  await db.schema.alterTable('outgoing_webhook_health').dropColumn('backlog_alerted').execute();
  await db.schema.alterTable('outgoing_webhooks').dropColumn('notification_channel').dropColumn('alert_template').execute();
}
