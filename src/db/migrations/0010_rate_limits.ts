import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Only the limits the instance admin set; the rest are the defaults in code.
  await db.schema.alterTable('organizations').addColumn('rate_limits', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`)).execute();
  // Each API process's recent demand per bucket, from which every process derives its share of the limit.
  await db.schema
    .createTable('rate_limit_demand')
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('process_id', 'text', (c) => c.notNull())
    .addColumn('per_second', 'float8', (c) => c.notNull())
    .addColumn('reported_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limit_demand_pkey', ['bucket', 'process_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rate_limit_demand').execute();
  await db.schema.alterTable('organizations').dropColumn('rate_limits').execute();
}
