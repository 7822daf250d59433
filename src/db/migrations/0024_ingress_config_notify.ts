import { sql, type Kysely } from 'kysely';
import { CONFIG_CHANGES_CHANNEL } from '../channels';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Every API process keeps the webhooks its ingress keys open in memory; any change to a webhook or to an
  // organization (enabled, limits, region, match window) tells them all to drop what they keep.
  await sql`
    create function notify_ingress_config() returns trigger language plpgsql as $$
    begin
      perform pg_notify(${sql.lit(CONFIG_CHANGES_CHANNEL)}, '');
      return null;
    end $$`.execute(db);
  for (const table of ['incoming_webhooks', 'organizations']) {
    await sql`create trigger ${sql.id(`${table}_notify_ingress`)} after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function notify_ingress_config()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['incoming_webhooks', 'organizations']) await sql`drop trigger ${sql.id(`${table}_notify_ingress`)} on ${sql.table(table)}`.execute(db);
  await sql`drop function notify_ingress_config()`.execute(db);
}
