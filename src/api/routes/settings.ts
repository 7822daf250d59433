import { findOrganization, updateOrganization } from '../../db/repositories/organizations';
import type { OrganizationRow } from '../../db/tables/organizations';
import { resolveRateLimits } from '../../limits/limits';
import { changeOf } from '../audit';
import type { ApiContext } from '../context';
import { notFound } from '../problem';
import type { ApiRoutes } from '../route';
import { patchOf, problemSchema } from '../schemas/common';
import { settingsInput, settingsSchema } from '../schemas/organization';

const tag = 'Settings';

function toSettings(row: OrganizationRow) {
  return {
    id: row.id,
    name: row.name,
    default_region: row.default_region,
    match_window_seconds: row.match_window_seconds,
    retention_days: row.retention_days,
    call_retention_days: row.call_retention_days,
    timezone: row.timezone,
    rate_limits: resolveRateLimits(row.rate_limits),
    updated_at: row.updated_at.toISOString(),
  };
}

/** The token's own organization: its name and settings (region, match window, retention, time zone). */
export function settingsRoutes(routes: ApiRoutes, { db }: ApiContext): void {
  routes.add(
    { method: 'get', path: '/settings', tag, summary: "The organization's settings", responses: { 200: { description: 'The settings', schema: settingsSchema } } },
    async ({ auth }) => {
      const row = await findOrganization(db, auth.orgId);
      if (!row) throw notFound(`Organization ${auth.orgId}`);
      return { status: 200, body: toSettings(row) };
    },
  );

  routes.add(
    {
      method: 'patch', path: '/settings', tag, summary: "Change the organization's settings", body: patchOf(settingsInput),
      responses: { 200: { description: 'The changed settings', schema: settingsSchema }, 400: { description: 'Invalid input', schema: problemSchema }, 422: { description: 'A value of the documented shape the API cannot use (a time zone Intl does not know, an expiry in the past)', schema: problemSchema } },
    },
    async ({ auth, body, audited }) => ({
      status: 200,
      body: await audited(async (trx) => {
        const before = await findOrganization(trx, auth.orgId);
        const after = await updateOrganization(trx, auth.orgId, body);
        if (!before || !after) throw notFound(`Organization ${auth.orgId}`);
        return changeOf('settings', 'updated', { before: toSettings(before), after: toSettings(after) });
      }),
    }),
  );
}
