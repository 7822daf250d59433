import { sql, type Kysely } from 'kysely';

/**
 * Covering indexes for the overview's aggregates: each one answers its query from the index alone (an
 * index-only scan of the range), so the dashboard does not read the wide log rows (bodies, headers, context).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index deliveries_overview on deliveries (org_id, created_at) include (status, failures, duration_ms, webhook_id) where not test and not simulated`.execute(db);
  await sql`create index incoming_requests_overview on incoming_requests (org_id, received_at) include (status)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('incoming_requests_overview').execute();
  await db.schema.dropIndex('deliveries_overview').execute();
}
