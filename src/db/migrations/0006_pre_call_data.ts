import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per (organization, caller, webhook): what that webhook posted about the caller, until expires_at.
  await db.schema
    .createTable('pre_call_data')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('caller', 'text', (c) => c.notNull())
    .addColumn('webhook_id', 'text', (c) => c.notNull())
    .addColumn('posts', 'jsonb', (c) => c.notNull())
    .addColumn('transaction_ids', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('pre_call_data_pkey', ['org_id', 'caller', 'webhook_id'])
    .execute();
  // The expiry schedule deletes by age.
  await db.schema.createIndex('pre_call_data_expires').on('pre_call_data').column('expires_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('pre_call_data').execute();
}
