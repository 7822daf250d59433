import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Which request headers become tags: `all`, `none`, or `allow` (only those in header_tag_allow).
  await db.schema.alterTable('incoming_webhooks').addColumn('header_tags', 'text', (c) => c.notNull().defaultTo('none')).execute();
  await db.schema.alterTable('incoming_webhooks').addColumn('header_tag_allow', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`)).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('incoming_webhooks').dropColumn('header_tag_allow').execute();
  await db.schema.alterTable('incoming_webhooks').dropColumn('header_tags').execute();
}
