import { findCall, listCalls, streamCalls } from '../../db/repositories/calls';
import { seesSecrets } from '../../security/roles';
import { sendCsv } from '../csv';
import { csvFilename, csvResponses, exportQuery } from '../schemas/csv';
import { callWorkflowId } from '../../shared/messages';
import { queryLiveCall } from '../../temporal/calls';
import { callTimeline } from '../../temporal/timeline';
import type { ApiContext } from '../context';
import { notFound } from '../problem';
import type { ApiRoutes } from '../route';
import { callDetailSchema, callListQuery, callSummarySchema, callTimelineSchema, emptyTagsSchema, indexedCallDetail, liveCallDetail, toCallSummary } from '../schemas/call';
import { page, problemSchema, timeCursor } from '../schemas/common';
import { callIdParams } from '../schemas/platform-event';
import { explainEmptyTags } from '../../tags/empty-tags';

const tag = 'Calls';

/** Every field of the call detail but where it was read from; tags as one JSON cell. */
const CALL_CSV_COLUMNS = Object.keys(callDetailSchema.shape).filter((column) => column !== 'source' && column !== 'tag_sources');

function callCursor(cursor: string): { started_at: string; call_id: string } {
  const { time, id } = timeCursor.decode(cursor);
  return { started_at: time.toISOString(), call_id: id };
}

export function callRoutes(routes: ApiRoutes, ctx: ApiContext): void {
  routes.add(
    {
      method: 'get', path: '/calls', tag, summary: 'List calls, newest first', query: callListQuery,
      responses: { 200: { description: 'A page of calls from the call index', schema: page(callSummarySchema) }, 400: { description: 'Invalid filter', schema: problemSchema } },
    },
    async ({ auth, query }) => {
      const rows = await listCalls(ctx.db, auth.orgId, { ...query, after: query.cursor ? callCursor(query.cursor) : undefined });
      const data = rows.slice(0, query.limit);
      const last = data[data.length - 1];
      const next = rows.length > query.limit && last?.started_at ? timeCursor.encode(last.started_at, last.call_id) : null;
      return { status: 200, body: { data: data.map(toCallSummary), next_cursor: next } };
    },
  );

  // Before /calls/:call_id, which would take `export` for a call id.
  routes.add(
    { method: 'get', path: '/calls/export', tag, summary: 'Export calls as CSV (the same filters as the list), streamed', query: exportQuery(callListQuery), responses: csvResponses('call') },
    async ({ auth, query, res }) => {
      await sendCsv(res, { filename: csvFilename('calls'), columns: CALL_CSV_COLUMNS, rows: streamCalls(ctx.db, auth.orgId, query), toRecord: indexedCallDetail, masked: !seesSecrets(auth) });
    },
  );

  routes.add(
    {
      method: 'get', path: '/calls/:call_id', tag, summary: 'Get a call: live from its workflow while it runs, from the index after', params: callIdParams,
      responses: { 200: { description: 'The call', schema: callDetailSchema }, 404: { description: 'Not found', schema: problemSchema } },
    },
    async ({ auth, params }) => {
      const row = await findCall(ctx.db, auth.orgId, params.call_id);
      if (!row?.closed_at) {
        const live = await queryLiveCall(ctx, auth.orgId, params.call_id);
        if (live) return { status: 200, body: liveCallDetail(callWorkflowId(auth.orgId, params.call_id), live) };
      }
      if (!row) throw notFound(`Call ${params.call_id}`);
      return { status: 200, body: indexedCallDetail(row) };
    },
  );

  routes.add(
    {
      method: 'get', path: '/calls/:call_id/timeline', tag, summary: "A call's timeline, built from its workflow history", params: callIdParams,
      responses: { 200: { description: 'The timeline', schema: callTimelineSchema }, 404: { description: 'Not found', schema: problemSchema } },
    },
    async ({ auth, params }) => {
      const timeline = await callTimeline(ctx, auth.orgId, params.call_id);
      if (!timeline) throw notFound(`Call ${params.call_id}`);
      return { status: 200, body: timeline };
    },
  );

  routes.add(
    {
      method: 'get', path: '/calls/:call_id/empty-tags', tag, summary: 'Why tags were empty on a call: expired, posted after it, for another number, refused or filtered', params: callIdParams,
      responses: { 200: { description: "The tags the call's webhooks or the organization name that it lacked, with reasons", schema: emptyTagsSchema }, 404: { description: 'Not found', schema: problemSchema } },
    },
    async ({ auth, params }) => {
      const row = await findCall(ctx.db, auth.orgId, params.call_id);
      if (!row) throw notFound(`Call ${params.call_id}`);
      return { status: 200, body: { call_id: row.call_id, caller: row.caller, empty_tags: await explainEmptyTags(ctx.db, row) } };
    },
  );
}
