import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('api_tokens')
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('admin').check(sql`role in ('admin', 'platform', 'read')`))
    .addColumn('expires_at', 'timestamptz')
    // The instance admin manages organizations; only bootstrap (ADMIN_TOKEN) issues such tokens.
    .addColumn('instance_admin', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  // Until now only bootstrap issued tokens, all in the first organization: they were the instance admin's.
  await sql`update api_tokens set instance_admin = true where org_id = (select id from organizations order by created_at, id limit 1)`.execute(db);
  await db.schema.createIndex('api_tokens_org').on('api_tokens').columns(['org_id', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('api_tokens_org').execute();
  await db.schema.alterTable('api_tokens').dropColumn('role').dropColumn('expires_at').dropColumn('instance_admin').execute();
}
