import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('incoming_webhooks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('lifespan_seconds', 'integer', (c) => c.notNull())
    .addColumn('default_region', 'text')
    .addColumn('parameter_map', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    // The key is looked up by its sha256 and kept sealed (SecretBox) so the dashboard can show the URL again.
    .addColumn('key_hash', 'bytea', (c) => c.notNull().unique())
    .addColumn('key_sealed', 'text', (c) => c.notNull())
    // After a rotation the previous key keeps working until previous_key_expires_at.
    .addColumn('previous_key_hash', 'bytea')
    .addColumn('previous_key_expires_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('incoming_webhooks_org').on('incoming_webhooks').columns(['org_id', 'id']).execute();
  await sql`create index incoming_webhooks_previous_key on incoming_webhooks (previous_key_hash) where previous_key_hash is not null`.execute(db);

  // org_id is null only for requests whose key matched no webhook: they belong to no organization.
  await db.schema
    .createTable('incoming_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.references('organizations.id').onDelete('cascade'))
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('query', 'jsonb', (c) => c.notNull())
    .addColumn('headers', 'jsonb', (c) => c.notNull())
    .addColumn('body', 'text')
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('response_body', 'jsonb')
    .addColumn('webhook_id', 'text')
    .addColumn('caller_id', 'text')
    .addColumn('call_id', 'text')
    .addColumn('latency_ms', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incoming_requests_org').on('incoming_requests').columns(['org_id', 'id']).execute();
  await db.schema.createIndex('incoming_requests_webhook').on('incoming_requests').columns(['org_id', 'webhook_id', 'id']).execute();
  await db.schema.createIndex('incoming_requests_caller').on('incoming_requests').columns(['org_id', 'caller_id', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('incoming_requests').execute();
  await db.schema.dropTable('incoming_webhooks').execute();
}
