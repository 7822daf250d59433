import { sql } from 'kysely';
import { newId } from '../../ids';
import { resolveRateLimits, type RateLimits } from '../../limits/limits';
import { hashSecret, secretMatches } from '../../security/tokens';
import type { DbOrTrx } from '../database';
import type { HeaderTagMode, IncomingWebhookRow, IncomingWebhookType } from '../tables/incoming';

const POST_CALL_TYPES: IncomingWebhookType[] = ['update_fields', 'update_revenue', 'update_tags'];

/** A webhook as the ingress needs it, with the region to fall back on already resolved. */
export interface IngressWebhook {
  id: string;
  org_id: string;
  name: string;
  type: IncomingWebhookType;
  enabled: boolean;
  /** False once the instance admin disables the organization: its keys stop working. */
  organization_enabled: boolean;
  lifespan_seconds: number;
  region: string;
  /** The organization's limits, read with the key so limiting costs no query of its own. */
  rate_limits: RateLimits;
  parameter_map: Record<string, string>;
  /** The organization's post-call matching: a caller's calls this recent, any call this many days old by id. */
  match_window_seconds: number;
  call_retention_days: number;
  /** Which request headers become tags (docs/incoming-webhooks.md). */
  header_tags: HeaderTagMode;
  header_tag_allow: string[];
  /** When the key that opened it stops working: the end of a rotation's grace period, or null for the current key. */
  key_expires_at: Date | null;
}

/** A webhook's settings as written (the API validated them). */
export type IncomingWebhookValues = Pick<IncomingWebhookRow, 'name' | 'type' | 'enabled' | 'lifespan_seconds' | 'default_region' | 'parameter_map' | 'header_tags' | 'header_tag_allow'>;

/** `key` is the new plain key; only its hash and its sealed form are stored. */
export async function insertIncomingWebhook(db: DbOrTrx, orgId: string, input: IncomingWebhookValues, key: { hash: Buffer; sealed: string }): Promise<IncomingWebhookRow> {
  const { parameter_map, ...rest } = input;
  return db
    .insertInto('incoming_webhooks')
    .values({ ...rest, id: newId('iwh'), org_id: orgId, parameter_map: JSON.stringify(parameter_map), key_hash: key.hash, key_sealed: key.sealed })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateIncomingWebhook(db: DbOrTrx, orgId: string, id: string, patch: Partial<IncomingWebhookValues>): Promise<IncomingWebhookRow | undefined> {
  const { parameter_map, ...rest } = patch;
  return db
    .updateTable('incoming_webhooks')
    .set({ ...rest, ...(parameter_map && { parameter_map: JSON.stringify(parameter_map) }), updated_at: sql`now()` })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** Issues a new key; the current one keeps working until `previousExpiresAt` (a past time retires it at once). */
export async function rotateIncomingWebhookKey(db: DbOrTrx, orgId: string, id: string, key: { hash: Buffer; sealed: string }, previousExpiresAt: Date): Promise<IncomingWebhookRow | undefined> {
  return db
    .updateTable('incoming_webhooks')
    .set({
      previous_key_hash: sql`key_hash`,
      previous_key_expires_at: previousExpiresAt,
      key_hash: key.hash,
      key_sealed: key.sealed,
      updated_at: sql`now()`,
    })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function findIncomingWebhook(db: DbOrTrx, orgId: string, id: string): Promise<IncomingWebhookRow | undefined> {
  return db.selectFrom('incoming_webhooks').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/** The organization's oldest enabled webhook of a type: where the call simulator posts when told no webhook. */
export async function findEnabledIncomingWebhookOfType(db: DbOrTrx, orgId: string, type: IncomingWebhookType): Promise<IncomingWebhookRow | undefined> {
  return db.selectFrom('incoming_webhooks').selectAll().where('org_id', '=', orgId).where('type', '=', type).where('enabled', '=', true).orderBy('id').limit(1).executeTakeFirst();
}

export async function listIncomingWebhooks(db: DbOrTrx, orgId: string, page: { limit: number; cursor?: string }): Promise<IncomingWebhookRow[]> {
  let query = db.selectFrom('incoming_webhooks').selectAll().where('org_id', '=', orgId);
  if (page.cursor) query = query.where('id', '>', page.cursor);
  return query.orderBy('id').limit(page.limit + 1).execute();
}

export async function deleteIncomingWebhook(db: DbOrTrx, orgId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('incoming_webhooks').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * The webhook each presented key opens (aligned with `keys`): its current key, or the previous one while its
 * grace period lasts. One indexed query for any number of keys, so concurrent requests can share it.
 */
export async function findWebhooksByKeys(db: DbOrTrx, keys: string[]): Promise<Array<IngressWebhook | undefined>> {
  const hashes = [...new Set(keys)].map(hashSecret);
  const rows = await db
    .selectFrom('incoming_webhooks as w')
    .innerJoin('organizations as o', 'o.id', 'w.org_id')
    .select(['w.id', 'w.org_id', 'w.name', 'w.type', 'w.enabled', 'w.lifespan_seconds', 'w.parameter_map', 'w.key_hash', 'w.previous_key_hash', 'w.previous_key_expires_at', 'w.header_tags', 'w.header_tag_allow', 'o.rate_limits', 'o.match_window_seconds', 'o.call_retention_days'])
    .select(sql<string>`coalesce(w.default_region, o.default_region)`.as('region'))
    .select(sql<boolean>`o.disabled_at is null`.as('organization_enabled'))
    .where(sql<boolean>`w.key_hash = any(${hashes}::bytea[]) or (w.previous_key_hash = any(${hashes}::bytea[]) and w.previous_key_expires_at > now())`)
    .execute();
  return keys.map((key) => {
    // The lookup is by hash; the constant-time check guards against any index-level shortcut.
    const current = rows.find((r) => secretMatches(key, r.key_hash));
    const row = current ?? rows.find((r) => r.previous_key_hash !== null && secretMatches(key, r.previous_key_hash));
    if (!row) return undefined;
    const { key_hash: _k, previous_key_hash: _p, previous_key_expires_at, rate_limits, ...webhook } = row;
    return { ...webhook, rate_limits: resolveRateLimits(rate_limits), key_expires_at: current ? null : previous_key_expires_at };
  });
}

/** The longest lifespan among the organization's enabled post-call webhooks: how long its calls accept updates. */
export async function longestPostCallLifespan(db: DbOrTrx, orgId: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('incoming_webhooks')
    .select((eb) => eb.fn.max('lifespan_seconds').as('longest'))
    .where('org_id', '=', orgId)
    .where('enabled', '=', true)
    .where('type', 'in', POST_CALL_TYPES)
    .executeTakeFirst();
  return row?.longest ?? undefined;
}
