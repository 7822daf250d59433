import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // A bulk recovery: a webhook's failed deliveries since a time (and optionally of one call), sent again.
  await db.schema
    .createTable('recoveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('webhook_id', 'text', (c) => c.notNull())
    .addColumn('since', 'timestamptz', (c) => c.notNull())
    .addColumn('call_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('running'))
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .execute();
  // The recovery that last claimed a delivery: its progress is counted from these, in per-call order.
  await db.schema.alterTable('deliveries').addColumn('recovery_id', 'text').execute();
  await db.schema
    .createIndex('deliveries_recovery')
    .on('deliveries')
    .columns(['recovery_id', 'call_id', 'created_at', 'id'])
    .where(sql.ref('recovery_id'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('deliveries_recovery').execute();
  await db.schema.alterTable('deliveries').dropColumn('recovery_id').execute();
  await db.schema.dropTable('recoveries').execute();
}
