import { findApiToken, issueApiToken, listApiTokens, revokeApiToken } from '../../db/repositories/api-tokens';
import type { ApiTokenRow } from '../../db/tables/api-tokens';
import { changeOf, type Audited } from '../audit';
import type { ApiContext } from '../context';
import { notFound } from '../problem';
import type { ApiRoutes } from '../route';
import { idParams, page, paginationQuery, problemSchema, toPage } from '../schemas/common';
import { createdTokenSchema, tokenInput, tokenSchema, type TokenInput } from '../schemas/token';

const tag = 'Tokens';
const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toApiToken(row: ApiTokenRow, now = new Date()) {
  const status = row.revoked_at ? 'revoked' : row.expires_at && row.expires_at <= now ? 'expired' : 'active';
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    instance_admin: row.instance_admin,
    status,
    created_at: row.created_at.toISOString(),
    expires_at: iso(row.expires_at),
    last_used_at: iso(row.last_used_at),
    revoked_at: iso(row.revoked_at),
  } as const;
}

/** Issues a token into `orgId` and records it in that organization's audit log; the answer shows it once. */
export function createToken(audited: Audited, orgId: string, input: TokenInput) {
  return audited(async (trx) => {
    const { row, token } = await issueApiToken(trx, orgId, input.name, { role: input.role, expiresAt: input.expires_at ? new Date(input.expires_at) : null });
    const change = changeOf('token', 'created', { after: toApiToken(row) });
    return { ...change, result: { ...change.result, token }, orgId };
  });
}

export function tokenRoutes(routes: ApiRoutes, { db }: ApiContext): void {
  routes.add(
    {
      method: 'post', path: '/tokens', tag, summary: 'Create an API token (the response shows it once; only its hash is kept)', body: tokenInput,
      responses: { 201: { description: 'Created', schema: createdTokenSchema }, 400: { description: 'Invalid input', schema: problemSchema }, 422: { description: 'A value of the documented shape the API cannot use (a time zone Intl does not know, an expiry in the past)', schema: problemSchema } },
    },
    async ({ auth, body, audited }) => ({ status: 201, body: await createToken(audited, auth.orgId, body) }),
  );

  routes.add(
    {
      method: 'get', path: '/tokens', tag, summary: "List the organization's API tokens with when each was last used", query: paginationQuery,
      responses: { 200: { description: 'A page of tokens', schema: page(tokenSchema) } },
    },
    async ({ auth, query }) => {
      const rows = await listApiTokens(db, auth.orgId, query);
      return { status: 200, body: toPage(rows.map((row) => toApiToken(row)), query.limit) };
    },
  );

  routes.add(
    {
      method: 'get', path: '/tokens/:id', tag, summary: 'Get an API token', params: idParams,
      responses: { 200: { description: 'The token', schema: tokenSchema }, 404: { description: 'Not found', schema: problemSchema } },
    },
    async ({ auth, params }) => {
      const row = await findApiToken(db, auth.orgId, params.id);
      if (!row) throw notFound(`Token ${params.id}`);
      return { status: 200, body: toApiToken(row) };
    },
  );

  routes.add(
    {
      method: 'delete', path: '/tokens/:id', tag, summary: 'Revoke an API token: its next request fails, in every API process', params: idParams,
      responses: { 204: { description: 'Revoked' }, 404: { description: 'Not found', schema: problemSchema } },
    },
    async ({ auth, params, audited }) => {
      await audited(async (trx) => {
        const before = await findApiToken(trx, auth.orgId, params.id);
        const after = await revokeApiToken(trx, auth.orgId, params.id);
        if (!before || !after) throw notFound(`Token ${params.id}`);
        return changeOf('token', 'revoked', { before: toApiToken(before), after: toApiToken(after) });
      });
      return { status: 204 };
    },
  );
}
