import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    // Time-ordered (`aud_…`): newest first is `order by id desc`, and the id is the cursor.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // The token's name as it was at the time; the id survives renames and revocation.
    .addColumn('actor_token_id', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('resource_name', 'text', (c) => c.notNull())
    // [{ field, before, after }] with secrets redacted.
    .addColumn('changes', 'jsonb', (c) => c.notNull())
    .addColumn('request_id', 'text')
    .execute();
  await sql`create index audit_log_org on audit_log (org_id, id desc)`.execute(db);
  await sql`create index audit_log_resource on audit_log (org_id, resource_type, resource_id, id desc)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
}
