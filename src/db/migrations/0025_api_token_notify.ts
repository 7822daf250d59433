import { sql, type Kysely } from 'kysely';

/** What an API token's check answers with: a change to any of these drops every process's kept checks. */
const CHECKED_COLUMNS = ['token_hash', 'org_id', 'name', 'role', 'instance_admin', 'expires_at', 'revoked_at'];

export async function up(db: Kysely<unknown>): Promise<void> {
  // API processes keep accepted tokens' checks in memory like ingress keys (0024's function and channel). Not on
  // `last_used_at`, written once a minute per token in use, nor on an insert: a new token was never kept.
  await sql`create trigger api_tokens_notify_config after update of ${sql.join(CHECKED_COLUMNS.map((c) => sql.id(c)))} or delete or truncate on api_tokens
    for each statement execute function notify_ingress_config()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger api_tokens_notify_config on api_tokens`.execute(db);
}
