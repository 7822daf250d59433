import { sql } from 'kysely';
import { newId } from '../../ids';
import { resolveRateLimits, type RateLimits } from '../../limits/limits';
import type { Principal, TokenRole } from '../../security/roles';
import { generateSecret, hashSecret, secretMatches } from '../../security/tokens';
import type { DbOrTrx } from '../database';
import type { ApiTokenRow } from '../tables/api-tokens';

export const API_TOKEN_PREFIX = 'chk';

export interface TokenOptions {
  role?: TokenRole;
  expiresAt?: Date | null;
  instanceAdmin?: boolean;
  /** The plain token to register (ADMIN_TOKEN); a random one otherwise. */
  token?: string;
}

/** Issues an API token; the plain token is returned once and only its hash is kept. */
export async function issueApiToken(db: DbOrTrx, orgId: string, name: string, options: TokenOptions = {}): Promise<{ row: ApiTokenRow; token: string }> {
  const token = options.token ?? generateSecret(API_TOKEN_PREFIX);
  const row = await db
    .insertInto('api_tokens')
    .values({
      id: newId('tok'),
      org_id: orgId,
      name,
      token_hash: hashSecret(token),
      role: options.role ?? 'admin',
      instance_admin: options.instanceAdmin ?? false,
      expires_at: options.expiresAt ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { row, token };
}

export async function listApiTokens(db: DbOrTrx, orgId: string, page: { limit: number; cursor?: string }): Promise<ApiTokenRow[]> {
  let query = db.selectFrom('api_tokens').selectAll().where('org_id', '=', orgId);
  if (page.cursor) query = query.where('id', '>', page.cursor);
  return query.orderBy('id').limit(page.limit + 1).execute();
}

export async function findApiToken(db: DbOrTrx, orgId: string, id: string): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_tokens').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/** Revokes at once: the next request with the token fails, in other processes once the notification reaches them. */
export async function revokeApiToken(db: DbOrTrx, orgId: string, id: string): Promise<ApiTokenRow | undefined> {
  return db
    .updateTable('api_tokens')
    .set({ revoked_at: sql`coalesce(revoked_at, now())` })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export type TokenCheck =
  | { ok: true; principal: Principal; limits: RateLimits; expiresAt: Date | null }
  | { ok: false; reason: 'unknown' | 'revoked' | 'expired' | 'organization_disabled'; at?: Date };

/** Whether `last_used_at` is due a new note: at most once a minute, so busy tokens do not cost a write per request. */
const USED_LONG_AGO = sql<boolean>`(last_used_at is null or last_used_at < now() - interval '1 minute')`;

/**
 * Looks a presented token up by its hash and notes when it was last used. The lookup is a plain read (a
 * statement that may also write costs PostgreSQL about twice as much, on every request); the note is a
 * second statement, made at most once a minute per token.
 */
export async function authenticateApiToken(db: DbOrTrx, token: string): Promise<TokenCheck> {
  const hash = hashSecret(token);
  const row = await db
    .selectFrom('api_tokens as t')
    .innerJoin('organizations as o', 'o.id', 't.org_id')
    .select(['t.id', 't.org_id', 't.name', 't.role', 't.instance_admin', 't.token_hash', 't.expires_at', 't.revoked_at', 'o.disabled_at', 'o.rate_limits'])
    .select(sql<boolean>`t.expires_at is not null and t.expires_at <= now()`.as('expired'))
    .select(USED_LONG_AGO.as('used_long_ago'))
    .where('t.token_hash', '=', hash)
    .executeTakeFirst();
  // The lookup is by hash; the constant-time check guards against any index-level shortcut.
  if (!row || !secretMatches(token, row.token_hash)) return { ok: false, reason: 'unknown' };
  if (row.revoked_at) return { ok: false, reason: 'revoked', at: row.revoked_at };
  if (row.expired) return { ok: false, reason: 'expired', at: row.expires_at ?? undefined };
  if (row.disabled_at) return { ok: false, reason: 'organization_disabled', at: row.disabled_at };
  if (row.used_long_ago) await noteUse(db, row.id);
  return {
    ok: true,
    principal: { orgId: row.org_id, tokenId: row.id, tokenName: row.name, role: row.role, instanceAdmin: row.instance_admin },
    limits: resolveRateLimits(row.rate_limits),
    expiresAt: row.expires_at,
  };
}

/** Another process may have noted it a moment ago: the condition keeps the write to once a minute. */
async function noteUse(db: DbOrTrx, id: string): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: sql`now()` })
    .where('id', '=', id)
    .where(USED_LONG_AGO)
    .execute();
}
