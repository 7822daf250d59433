import type { Db } from '../../db/database';
import { findCallsFedBy } from '../../db/repositories/calls';
import { findIncomingRequest, listIncomingRequests, streamIncomingRequests, type IncomingRequestListRow } from '../../db/repositories/incoming-requests';
import { seesSecrets } from '../../security/roles';
import { sendCsv } from '../csv';
import { csvFilename, csvResponses, exportQuery } from '../schemas/csv';
import { findOrganization } from '../../db/repositories/organizations';
import { toE164 } from '../../phone';
import type { ApiContext } from '../context';
import { notFound } from '../problem';
import type { ApiRoutes } from '../route';
import { idParams, page, problemSchema, toPage } from '../schemas/common';
import { incomingLogDetailSchema, incomingLogQuery, incomingLogSchema } from '../schemas/incoming-webhook';

const tag = 'Logs';

/** The caller filter takes a number as a sender would write it; the log holds E.164. */
async function callerFilter(db: Db, orgId: string, caller: string | undefined): Promise<string | undefined> {
  if (!caller) return undefined;
  const region = (await findOrganization(db, orgId))?.default_region ?? 'US';
  return toE164(caller, region) ?? caller;
}

const toIncomingLog = (row: IncomingRequestListRow) => ({ ...row, received_at: row.received_at.toISOString() });

export function incomingLogRoutes(routes: ApiRoutes, { db }: ApiContext): void {
  routes.add(
    {
      method: 'get', path: '/logs/incoming', tag, summary: 'Requests to the public ingress, newest first', query: incomingLogQuery,
      responses: { 200: { description: 'A page of requests', schema: page(incomingLogSchema) }, 400: { description: 'Invalid filter', schema: problemSchema } },
    },
    async ({ auth, query }) => {
      const rows = await listIncomingRequests(db, auth.orgId, { ...query, caller: await callerFilter(db, auth.orgId, query.caller) });
      return { status: 200, body: toPage(rows.map(toIncomingLog), query.limit) };
    },
  );

  // Before /logs/incoming/:id, which would take `export` for an id.
  routes.add(
    {
      method: 'get', path: '/logs/incoming/export', tag, summary: 'Export ingress requests as CSV (the same filters as the list), streamed',
      query: exportQuery(incomingLogQuery), responses: csvResponses('ingress request'),
    },
    async ({ auth, query, res }) => {
      const rows = streamIncomingRequests(db, auth.orgId, { ...query, caller: await callerFilter(db, auth.orgId, query.caller) });
      await sendCsv(res, { filename: csvFilename('incoming-log'), columns: Object.keys(incomingLogSchema.shape), rows, toRecord: toIncomingLog, masked: !seesSecrets(auth) });
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
