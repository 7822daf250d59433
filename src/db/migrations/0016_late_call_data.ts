import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The call workflow's whole state, written when its post-call window closes: a late update reopens the call
  // from it (a new run of the same workflow id), so conversions and update counts carry on exactly.
  await db.schema.alterTable('calls').addColumn('state', 'jsonb').execute();

  // Post-call updates that matched no call yet, kept for the organization's match window.
  await db.schema
    .createTable('held_postbacks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('webhook_id', 'text', (c) => c.notNull())
    .addColumn('webhook_type', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('transaction_id', 'text')
    /** Exactly one of call_id / caller names the call the postback waits for. */
    .addColumn('call_id', 'text')
    .addColumn('caller', 'text')
    .addColumn('change', 'jsonb', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    /** The call it was given to (automatically or by an operator); null while it waits. */
    .addColumn('attached_call_id', 'text')
    .addColumn('attached_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('held_postbacks_waiting_call').on('held_postbacks').columns(['org_id', 'call_id']).where(sql.ref('attached_call_id'), 'is', null).execute();
  await db.schema.createIndex('held_postbacks_waiting_caller').on('held_postbacks').columns(['org_id', 'caller']).where(sql.ref('attached_call_id'), 'is', null).execute();
  // A repeat of a held postback (same transaction id) is held once.
  await db.schema.createIndex('held_postbacks_transaction').on('held_postbacks').columns(['org_id', 'webhook_id', 'transaction_id']).unique().where(sql.ref('transaction_id'), 'is not', null).execute();
  await db.schema.createIndex('held_postbacks_expires').on('held_postbacks').column('expires_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('held_postbacks').execute();
  await db.schema.alterTable('calls').dropColumn('state').execute();
}
