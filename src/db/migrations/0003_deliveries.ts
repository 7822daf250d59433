import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Signing secrets, sealed with SECRET_KEY; the previous one keeps signing until its grace period ends.
  await db.schema
    .alterTable('outgoing_webhooks')
    .addColumn('signing_secret', 'text')
    .addColumn('previous_signing_secret', 'text')
    .addColumn('previous_signing_secret_expires_at', 'timestamptz')
    .execute();

  // One row per (event, webhook): its id is the `webhook-id` header on every attempt.
  await db.schema
    .createTable('deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    // No foreign key: the log outlives a deleted webhook.
    .addColumn('webhook_id', 'text', (c) => c.notNull())
    .addColumn('webhook_name', 'text', (c) => c.notNull())
    .addColumn('call_id', 'text')
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('method', 'text')
    .addColumn('url', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_status_code', 'integer')
    .addColumn('duration_ms', 'integer')
    .addColumn('error', 'text')
    .addColumn('context', 'jsonb', (c) => c.notNull())
    .addColumn('redelivery_of', 'text')
    // A test send from the API: sample data, no call.
    .addColumn('test', 'boolean', (c) => c.notNull().defaultTo(false))
    // Millisecond precision, so a JavaScript Date carries it exactly into a list cursor.
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`date_trunc('milliseconds', now())`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // The log lists newest first by (created_at, id): delivery ids from the call workflow are not time-ordered.
  await db.schema.createIndex('deliveries_org').on('deliveries').columns(['org_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('deliveries_webhook').on('deliveries').columns(['org_id', 'webhook_id', 'created_at']).execute();
  await db.schema.createIndex('deliveries_call').on('deliveries').columns(['org_id', 'call_id', 'created_at']).execute();
  await db.schema.createIndex('deliveries_event').on('deliveries').columns(['webhook_id', 'event_id']).execute();

  await db.schema
    .createTable('delivery_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('delivery_id', 'text', (c) => c.notNull().references('deliveries.id').onDelete('cascade'))
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('request_method', 'text', (c) => c.notNull())
    .addColumn('request_url', 'text', (c) => c.notNull())
    .addColumn('request_headers', 'jsonb', (c) => c.notNull())
    .addColumn('request_body', 'text')
    .addColumn('response_status', 'integer')
    .addColumn('response_headers', 'jsonb')
    .addColumn('response_body', 'text')
    .addColumn('response_body_truncated', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('delivery_attempts_delivery').on('delivery_attempts').columns(['delivery_id', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('delivery_attempts').execute();
  await db.schema.dropTable('deliveries').execute();
  await db.schema
    .alterTable('outgoing_webhooks')
    .dropColumn('signing_secret')
    .dropColumn('previous_signing_secret')
    .dropColumn('previous_signing_secret_expires_at')
    .execute();
}
