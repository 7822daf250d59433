import { claimHeldPostback, discardHeldPostback, findWaitingPostback, listWaitingPostbacks } from '../../db/repositories/held-postbacks';
import { findOrganization } from '../../db/repositories/organizations';
import type { HeldPostbackRow } from '../../db/tables/held-postbacks';
import { findPostCallTarget } from '../../incoming/call-lookup';
import type { ApiContext } from '../context';
import { attachHeld } from '../ingress/post-call';
import { conflict, notFound } from '../problem';
import type { ApiRoutes } from '../route';
import { idParams, page, paginationQuery, problemSchema, toPage } from '../schemas/common';
import { attachBody, attachedSchema, heldPostbackSchema, type HeldPostback } from '../schemas/held-postback';

const tag = 'Held postbacks';

function toHeldPostback(row: HeldPostbackRow): HeldPostback {
  const { request_id: _r, webhook_id: _w, transaction_id: _t, ...change } = row.change;
  return {
    id: row.id,
    webhook_id: row.webhook_id,
    webhook_type: row.webhook_type,
    request_id: row.request_id,
    call_id: row.call_id,
    caller: row.caller,
    change: { ...change, ...(row.transaction_id && { transaction_id: row.transaction_id }) },
    received_at: row.received_at.toISOString(),
    expires_at: row.expires_at.toISOString(),
  };
}

/** Post-call updates that matched no call yet (docs/incoming-webhooks.md): listed, attached by hand, discarded. */
export function heldPostbackRoutes(routes: ApiRoutes, ctx: ApiContext): void {
  const { db } = ctx;
  const missing = { 404: { description: 'No such postback waiting (never held, given to a call, discarded or expired)', schema: problemSchema } };

  routes.add(
    { method: 'get', path: '/held-postbacks', tag, summary: 'Postbacks waiting for their call, newest first', query: paginationQuery, responses: { 200: { description: 'A page of held postbacks', schema: page(heldPostbackSchema) } } },
    async ({ auth, query }) => {
      const rows = await listWaitingPostbacks(db, auth.orgId, query);
      return { status: 200, body: toPage(rows.map(toHeldPostback), query.limit) };
    },
  );

  routes.add(
    {
      method: 'post', path: '/held-postbacks/:id/attach', tag, params: idParams, body: attachBody,
      summary: 'Give a held postback to a call (any call within retention); it applies as if the call had matched',
      responses: {
        200: { description: 'Given to the call: applied, or queued until the call completes', schema: attachedSchema },
        400: { description: 'Invalid input', schema: problemSchema },
        409: { description: 'The call refused it (e.g. a payout before completion); it stays held', schema: problemSchema },
        410: { description: 'The call closed before late updates could reopen calls', schema: problemSchema },
        ...missing,
      },
    },
    async ({ auth, params, body }) => {
      const org = await findOrganization(db, auth.orgId);
      const target = org && (await findPostCallTarget(db, auth.orgId, { callId: body.call_id }, { matchWindowSeconds: org.match_window_seconds, retentionDays: org.call_retention_days }));
      if (!target) throw notFound(`Call ${body.call_id}`);
      const claimed = await claimHeldPostback(db, auth.orgId, params.id, target.call_id);
      if (!claimed) {
        if (await findWaitingPostback(db, auth.orgId, params.id)) throw conflict(`Held postback ${params.id} is being given to a call right now`);
        throw notFound(`Held postback ${params.id}`);
      }
      const outcome = await attachHeld(ctx, auth.orgId, claimed, target);
      return { status: 200, body: { id: claimed.id, call_id: target.call_id, queued: outcome.queued === true, duplicate: outcome.duplicate } };
    },
  );

  routes.add(
    { method: 'delete', path: '/held-postbacks/:id', tag, params: idParams, summary: 'Discard a held postback', responses: { 204: { description: 'Discarded' }, ...missing } },
    async ({ auth, params }) => {
      if (!(await discardHeldPostback(db, auth.orgId, params.id))) throw notFound(`Held postback ${params.id}`);
      return { status: 204 };
    },
  );
}
