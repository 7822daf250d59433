import { newId } from '../../ids';
import { generateSecret, hashSecret, secretMatches } from '../../security/tokens';
import type { DbOrTrx } from '../database';
import type { OrganizationRow } from '../tables/organizations';

export const API_TOKEN_PREFIX = 'chk';

export interface TokenIdentity {
  orgId: string;
  tokenId: string;
  tokenName: string;
}

export async function createOrganization(db: DbOrTrx, name: string, defaultRegion = 'US'): Promise<OrganizationRow> {
  return db
    .insertInto('organizations')
    .values({ id: newId('org'), name, default_region: defaultRegion })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findOrganization(db: DbOrTrx, id: string): Promise<OrganizationRow | undefined> {
  return db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Issues an API token for an organization; the plain token is returned once and only its hash is kept. */
export async function issueApiToken(db: DbOrTrx, orgId: string, name: string, token = generateSecret(API_TOKEN_PREFIX)): Promise<{ id: string; token: string }> {
  const id = newId('tok');
  await db.insertInto('api_tokens').values({ id, org_id: orgId, name, token_hash: hashSecret(token) }).execute();
  return { id, token };
}

export async function authenticateApiToken(db: DbOrTrx, token: string): Promise<TokenIdentity | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'org_id', 'name', 'token_hash'])
    .where('token_hash', '=', hashSecret(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  // The lookup is by hash; the constant-time check guards against any index-level shortcut.
  if (!row || !secretMatches(token, row.token_hash)) return undefined;
  return { orgId: row.org_id, tokenId: row.id, tokenName: row.name };
}

/**
 * First start: creates the default organization and its admin token (ADMIN_TOKEN when given, else random).
 * Later starts make sure ADMIN_TOKEN, if set, still opens the default organization.
 */
export async function ensureDefaultOrganization(db: DbOrTrx, adminToken?: string): Promise<{ org: OrganizationRow; newToken?: string }> {
  const existing = await db.selectFrom('organizations').selectAll().orderBy('created_at').orderBy('id').executeTakeFirst();
  if (existing) {
    if (adminToken && !(await authenticateApiToken(db, adminToken))) await issueApiToken(db, existing.id, 'admin', adminToken);
    return { org: existing };
  }
  const org = await createOrganization(db, 'Default organization');
  const { token } = await issueApiToken(db, org.id, 'admin', adminToken);
  return { org, newToken: adminToken ? undefined : token };
}
