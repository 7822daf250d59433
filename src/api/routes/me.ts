import { z } from 'zod';
import { findOrganization } from '../../db/repositories/organizations';
import { TOKEN_ROLES } from '../../security/roles';
import type { ApiContext } from '../context';
import type { ApiRoutes } from '../route';

const meSchema = z.object({
  organization: z.object({ id: z.string(), name: z.string(), default_region: z.string(), timezone: z.string().describe('IANA zone the dashboard shows times in') }),
  token: z.object({ id: z.string(), name: z.string(), role: z.enum(TOKEN_ROLES), instance_admin: z.boolean() }),
});

export function meRoutes(routes: ApiRoutes, { db }: ApiContext): void {
  routes.add(
    {
      method: 'get', path: '/me', tag: 'Account', summary: 'The organization and token making the request, and what the token may do',
      responses: { 200: { description: 'Who you are', schema: meSchema } },
    },
    async ({ auth }) => {
      const org = await findOrganization(db, auth.orgId);
      return {
        status: 200,
        body: {
          organization: { id: auth.orgId, name: org?.name ?? '', default_region: org?.default_region ?? 'US', timezone: org?.timezone ?? 'UTC' },
          token: { id: auth.tokenId, name: auth.tokenName, role: auth.role, instance_admin: auth.instanceAdmin },
        },
      };
    },
  );
}
