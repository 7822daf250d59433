import { issueApiToken } from '../../db/repositories/api-tokens';
import { createOrganization, findOrganization, listOrganizations, updateOrganization } from '../../db/repositories/organizations';
import type { OrganizationRow } from '../../db/tables/organizations';
import { resolveRateLimits } from '../../limits/limits';
import { changeOf } from '../audit';
import type { ApiContext } from '../context';
import { conflict, notFound } from '../problem';
import type { ApiRoutes } from '../route';
import { idParams, page, paginationQuery, patchOf, problemSchema, toPage } from '../schemas/common';
import { createdOrganizationSchema, organizationInput, organizationSchema } from '../schemas/organization';
import { createdTokenSchema, tokenInput } from '../schemas/token';
import { createToken, toApiToken } from './tokens';

const tag = 'Organizations (instance admin)';
const missing = { 404: { description: 'Not found', schema: problemSchema } };

export function toOrganization(row: OrganizationRow) {
  return {
    id: row.id,
    name: row.name,
    enabled: row.disabled_at === null,
    disabled_at: row.disabled_at?.toISOString() ?? null,
    default_region: row.default_region,
    match_window_seconds: row.match_window_seconds,
    retention_days: row.retention_days,
    call_retention_days: row.call_retention_days,
    timezone: row.timezone,
    rate_limits: resolveRateLimits(row.rate_limits),
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/**
 * The instance admin (the ADMIN_TOKEN bootstrap issues) creates, lists, changes and disables organizations, and
 * can issue a token into any of them (a new organization's first admin token, or one to replace a lost token).
 */
export function organizationRoutes(routes: ApiRoutes, { db }: ApiContext): void {
  routes.add(
    {
      method: 'post', path: '/organizations', tag, access: 'instance', body: organizationInput,
      summary: 'Create an organization with its first admin token (shown once)',
      responses: { 201: { description: 'Created', schema: createdOrganizationSchema }, 400: { description: 'Invalid input', schema: problemSchema }, 422: { description: 'A value of the documented shape the API cannot use (a time zone Intl does not know, an expiry in the past)', schema: problemSchema } },
    },
    async ({ body, audited }) => {
      const { name, enabled, ...settings } = body;
      const created = await audited(async (trx) => {
        const row = await createOrganization(trx, name, settings);
        const org = toOrganization(enabled ? row : (await updateOrganization(trx, row.id, { enabled }))!);
        const admin = await issueApiToken(trx, row.id, 'admin');
        return { ...changeOf('organization', 'created', { after: org }), result: { ...org, admin_token: { ...toApiToken(admin.row), token: admin.token } }, orgId: org.id };
      });
      return { status: 201, body: created };
    },
  );

  routes.add(
    {
      method: 'get', path: '/organizations', tag, access: 'instance', summary: 'List organizations', query: paginationQuery,
      responses: { 200: { description: 'A page of organizations', schema: page(organizationSchema) } },
    },
    async ({ query }) => {
      const rows = await listOrganizations(db, query);
      return { status: 200, body: toPage(rows.map(toOrganization), query.limit) };
    },
  );

  routes.add(
    {
      method: 'get', path: '/organizations/:id', tag, access: 'instance', summary: 'Get an organization', params: idParams,
      responses: { 200: { description: 'The organization', schema: organizationSchema }, ...missing },
    },
    async ({ params }) => {
      const row = await findOrganization(db, params.id);
      if (!row) throw notFound(`Organization ${params.id}`);
      return { status: 200, body: toOrganization(row) };
    },
  );

  routes.add(
    {
      method: 'patch', path: '/organizations/:id', tag, access: 'instance', params: idParams, body: patchOf(organizationInput),
      summary: "Change an organization's settings, or disable it (its tokens and ingress keys stop working at once) and enable it again",
      responses: { 200: { description: 'The changed organization', schema: organizationSchema }, 422: { description: 'A value of the documented shape the API cannot use (a time zone Intl does not know, an expiry in the past)', schema: problemSchema }, 409: { description: "The instance admin's own organization cannot be disabled", schema: problemSchema }, ...missing },
    },
    async ({ auth, params, body, audited }) => {
      if (body.enabled === false && params.id === auth.orgId) throw conflict("The instance admin's own organization cannot be disabled");
      const changed = await audited(async (trx) => {
        const before = await findOrganization(trx, params.id);
        const after = await updateOrganization(trx, params.id, body);
        if (!before || !after) throw notFound(`Organization ${params.id}`);
        return { ...changeOf('organization', 'updated', { before: toOrganization(before), after: toOrganization(after) }), orgId: after.id };
      });
      return { status: 200, body: changed };
    },
  );

  routes.add(
    {
      method: 'post', path: '/organizations/:id/tokens', tag, access: 'instance', params: idParams, body: tokenInput,
      summary: 'Issue an API token into an organization (shown once), e.g. to replace a lost admin token',
      responses: { 201: { description: 'Created', schema: createdTokenSchema }, 422: { description: 'A value of the documented shape the API cannot use (a time zone Intl does not know, an expiry in the past)', schema: problemSchema }, ...missing },
    },
    async ({ params, body, audited }) => {
      if (!(await findOrganization(db, params.id))) throw notFound(`Organization ${params.id}`);
      return { status: 201, body: await createToken(audited, params.id, body) };
    },
  );
}
