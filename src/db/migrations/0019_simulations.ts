import { sql, type Kysely } from 'kysely';

// The call simulator: its calls and their deliveries are flagged (kept out of reports, redelivery and recovery),
// and each simulation records which outgoing webhooks it may reach.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('calls').addColumn('simulated', 'boolean', (c) => c.notNull().defaultTo(false)).execute();
  await db.schema.alterTable('deliveries').addColumn('simulated', 'boolean', (c) => c.notNull().defaultTo(false)).execute();
  await db.schema
    .createTable('simulations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('call_id', 'text', (c) => c.notNull())
    /** Null: every subscribed webhook of the organization. */
    .addColumn('webhook_ids', sql`text[]`)
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('simulations_org_call', ['org_id', 'call_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('simulations').execute();
  await db.schema.alterTable('deliveries').dropColumn('simulated').execute();
  await db.schema.alterTable('calls').dropColumn('simulated').execute();
}
