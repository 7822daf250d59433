import { findCallsFedBy } from '../../db/repositories/calls';
import { findIncomingRequest, listIncomingRequests } from '../../db/repositories/incoming-requests';
import { findOrganization } from '../../db/repositories/organizations';
import { toE164 } from '../../phone';
import type { ApiContext } from '../context';
import { notFound } from '../problem';
import type { ApiRoutes } from '../route';
import { idParams, page, problemSchema, toPage } from '../schemas/common';
import { incomingLogDetailSchema, incomingLogQuery, incomingLogSchema } from '../schemas/incoming-webhook';

const tag = 'Logs';

export function incomingLogRoutes(routes: ApiRoutes, { db }: ApiContext): void {
  routes.add(
    {
      method: 'get', path: '/logs/incoming', tag, summary: 'Requests to the public ingress, newest first', query: incomingLogQuery,
      responses: { 200: { description: 'A page of requests', schema: page(incomingLogSchema) }, 400: { description: 'Invalid filter', schema: problemSchema } },
    },
    async ({ auth, query }) => {
      // The caller filter takes a number as a sender would write it; the log holds E.164.
      const region = query.caller ? ((await findOrganization(db, auth.orgId))?.default_region ?? 'US') : 'US';
      const caller = query.caller ? (toE164(query.caller, region) ?? query.caller) : undefined;
      const rows = await listIncomingRequests(db, auth.orgId, { ...query, caller });
      const data = rows.map((row) => ({ ...row, received_at: row.received_at.toISOString() }));
      return { status: 200, body: toPage(data, query.limit) };
    },
  );

  routes.add(
    {
      method: 'get', path: '/logs/incoming/:id', tag, summary: 'One ingress request with its query, headers, body and response', params: idParams,
      responses: { 200: { description: 'The request', schema: incomingLogDetailSchema }, 404: { description: 'Not found', schema: problemSchema } },
    },
    async ({ auth, params }) => {
      const row = await findIncomingRequest(db, auth.orgId, params.id);
      if (!row) throw notFound(`Incoming request ${params.id}`);
      const { org_id: _org, ...rest } = row;
      const fed = row.caller_id ? await findCallsFedBy(db, auth.orgId, row.caller_id, row.id) : [];
      const attached = [...new Set([...(row.call_id ? [row.call_id] : []), ...fed])];
      return { status: 200, body: { ...rest, received_at: row.received_at.toISOString(), attached_calls: attached } };
    },
  );
}
