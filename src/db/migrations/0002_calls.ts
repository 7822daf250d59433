import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calls')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('workflow_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('caller', 'text')
    .addColumn('tracking_number', 'text')
    .addColumn('call_sid', 'text')
    .addColumn('campaign_id', 'text')
    .addColumn('campaign_name', 'text')
    .addColumn('publisher_id', 'text')
    .addColumn('publisher_name', 'text')
    .addColumn('buyer_id', 'text')
    .addColumn('buyer_name', 'text')
    .addColumn('converted', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('call_converted_at', 'timestamptz')
    .addColumn('revenue_paid_out', 'numeric')
    .addColumn('publisher_paid_out', 'numeric')
    .addColumn('configured_publisher_payout', 'numeric')
    .addColumn('duration', 'numeric')
    .addColumn('hangup_cause', 'text')
    .addColumn('failure_reason', 'text')
    .addColumn('reason', 'text')
    .addColumn('started_at', 'timestamptz')
    .addColumn('connected_at', 'timestamptz')
    .addColumn('ended_at', 'timestamptz')
    .addColumn('completed_at', 'timestamptz')
    .addColumn('post_call_window_ends_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('tags', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('tag_sources', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('calls_pkey', ['org_id', 'call_id'])
    .execute();
  // "The caller's most recent call" (post-call ingress) and the newest-first call list.
  await sql`create index calls_org_caller_started on calls (org_id, caller, started_at desc)`.execute(db);
  await sql`create index calls_org_started on calls (org_id, started_at desc, call_id desc)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('calls').execute();
}
