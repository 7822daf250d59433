import { sql } from 'kysely';
import { newId } from '../../ids';
import { hashSecret } from '../../security/tokens';
import type { Limit, LimitKind } from '../../limits/limits';
import type { DbOrTrx } from '../database';
import type { OrganizationRow } from '../tables/organizations';
import { issueApiToken } from './api-tokens';

/** What an organization's admin (settings) or the instance admin (also name and enabled) may change. */
export interface OrganizationSettings {
  default_region: string;
  match_window_seconds: number;
  retention_days: number;
  call_retention_days: number;
  timezone: string;
}

/** A limit set to null returns to its default. */
export type RateLimitChanges = { [K in LimitKind]?: Limit | null };

export type OrganizationChanges = Partial<OrganizationSettings> & { name?: string; enabled?: boolean; rate_limits?: RateLimitChanges };

export async function createOrganization(db: DbOrTrx, name: string, settings: Partial<OrganizationSettings> & { rate_limits?: RateLimitChanges } = {}): Promise<OrganizationRow> {
  const { rate_limits, ...rest } = settings;
  return db
    .insertInto('organizations')
    .values({ id: newId('org'), name, ...rest, rate_limits: JSON.stringify(withoutDefaults(rate_limits ?? {})) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findOrganization(db: DbOrTrx, id: string): Promise<OrganizationRow | undefined> {
  return db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listOrganizations(db: DbOrTrx, page: { limit: number; cursor?: string }): Promise<OrganizationRow[]> {
  let query = db.selectFrom('organizations').selectAll();
  if (page.cursor) query = query.where('id', '>', page.cursor);
  return query.orderBy('id').limit(page.limit + 1).execute();
}

const withoutDefaults = (limits: RateLimitChanges) => Object.fromEntries(Object.entries(limits).filter(([, limit]) => limit !== null));

/** Disabling keeps the first time it was disabled; enabling clears it. Limits merge into the stored ones. */
export async function updateOrganization(db: DbOrTrx, id: string, changes: OrganizationChanges): Promise<OrganizationRow | undefined> {
  const { enabled, rate_limits, ...rest } = changes;
  return db
    .updateTable('organizations')
    .set({
      ...rest,
      ...(enabled !== undefined && { disabled_at: enabled ? null : sql<Date>`coalesce(disabled_at, now())` }),
      ...(rate_limits && { rate_limits: sql<string>`jsonb_strip_nulls(rate_limits || ${JSON.stringify(rate_limits)}::jsonb)` }),
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/**
 * ADMIN_TOKEN is the instance admin's token. A value revoked through the API stays revoked (a restart does not
 * bring it back); the operator sets a new ADMIN_TOKEN instead. Answers false for such a revoked value.
 */
async function ensureInstanceAdminToken(db: DbOrTrx, orgId: string, token: string): Promise<boolean> {
  const row = await db.selectFrom('api_tokens').select(['id', 'revoked_at']).where('token_hash', '=', hashSecret(token)).executeTakeFirst();
  if (!row) {
    await issueApiToken(db, orgId, 'admin', { instanceAdmin: true, token });
    return true;
  }
  if (row.revoked_at) return false;
  await db.updateTable('api_tokens').set({ instance_admin: true, role: 'admin', expires_at: null }).where('id', '=', row.id).execute();
  return true;
}

/**
 * First start: creates the default organization and the instance admin's token (ADMIN_TOKEN when given, else
 * random). Later starts make sure ADMIN_TOKEN, if set, opens the instance admin.
 */
export async function ensureDefaultOrganization(db: DbOrTrx, adminToken?: string): Promise<{ org: OrganizationRow; newToken?: string; adminTokenRevoked?: boolean }> {
  const existing = await db.selectFrom('organizations').selectAll().orderBy('created_at').orderBy('id').executeTakeFirst();
  if (existing) {
    const usable = adminToken ? await ensureInstanceAdminToken(db, existing.id, adminToken) : true;
    return { org: existing, adminTokenRevoked: !usable };
  }
  const org = await createOrganization(db, 'Default organization');
  const { token } = await issueApiToken(db, org.id, 'admin', { instanceAdmin: true, token: adminToken });
  return { org, newToken: adminToken ? undefined : token };
}
