import { findDelivery, findLiveDelivery, findQueues, insertPendingDelivery, liveDeliveryConflict, lockEventDeliveries, type DeliveryCursor, listDeliveries, listDeliveryAttempts, streamDeliveries } from '../../db/repositories/deliveries';
import { seesSecrets } from '../../security/roles';
import { sendCsv } from '../csv';
import { csvFilename, csvResponses, exportQuery } from '../schemas/csv';
import { findOutgoingWebhook } from '../../db/repositories/outgoing-webhooks';
import { newId } from '../../ids';
import { durably } from '../../temporal/calls';
import type { RedeliveryInput, redeliveryWorkflow } from '../../workflows/redelivery';
import type { ApiContext } from '../context';
import { conflict, notFound } from '../problem';
import type { ApiRoutes } from '../route';
import { idParams, page, problemSchema, timeCursor } from '../schemas/common';
import { deliveryDetailSchema, deliveryListQuery, deliverySchema, toDelivery, toDeliveryAttempt } from '../schemas/delivery';

const tag = 'Logs';

function deliveryCursor(cursor: string): DeliveryCursor {
  const { time, id } = timeCursor.decode(cursor);
  return { created_at: time, id };
}

/** A delivery's facts as CSV columns; where it waits in its queue is live state, not a fact of the row. */
const EXPORT_COLUMNS = Object.keys(deliverySchema.shape).filter((column) => column !== 'queued_behind');

export function outgoingLogRoutes(routes: ApiRoutes, ctx: ApiContext): void {
  const { db } = ctx;

  routes.add(
    {
      method: 'get', path: '/logs/outgoing', tag, summary: 'Outgoing deliveries, newest first', query: deliveryListQuery,
      responses: { 200: { description: 'A page of deliveries', schema: page(deliverySchema) }, 400: { description: 'Invalid filter', schema: problemSchema } },
    },
    async ({ auth, query }) => {
      const rows = await listDeliveries(db, auth.orgId, query, query.cursor ? deliveryCursor(query.cursor) : undefined);
      const data = rows.slice(0, query.limit);
      const last = data[data.length - 1];
      const queues = await findQueues(db, auth.orgId, data);
      return { status: 200, body: { data: data.map((row) => toDelivery(row, queues)), next_cursor: rows.length > query.limit ? timeCursor.encode(last.created_at, last.id) : null } };
    },
  );

  // Before /logs/outgoing/:id, which would take `export` for an id.
  routes.add(
    {
      method: 'get', path: '/logs/outgoing/export', tag, summary: 'Export deliveries as CSV (the same filters as the list), streamed',
      query: exportQuery(deliveryListQuery), responses: csvResponses('delivery'),
    },
    async ({ auth, query, res }) => {
      const rows = streamDeliveries(db, auth.orgId, query);
      await sendCsv(res, { filename: csvFilename('outgoing-log'), columns: EXPORT_COLUMNS, rows, toRecord: toDelivery, masked: !seesSecrets(auth) });
    },
  );

  routes.add(
    {
      method: 'get', path: '/logs/outgoing/:id', tag, summary: 'One delivery with every attempt: request sent and response received (secrets redacted)',
      params: idParams, responses: { 200: { description: 'The delivery', schema: deliveryDetailSchema }, 404: { description: 'Not found', schema: problemSchema } },
    },
    async ({ auth, params }) => {
      const row = await findDelivery(db, auth.orgId, params.id);
      if (!row) throw notFound(`Delivery ${params.id}`);
      const attempts = await listDeliveryAttempts(db, auth.orgId, row.id);
      const queues = await findQueues(db, auth.orgId, [row]);
      return { status: 200, body: { ...toDelivery(row, queues), attempts: attempts.map(toDeliveryAttempt) } };
    },
  );

  routes.add(
    {
      method: 'post', path: '/logs/outgoing/:id/redeliver', tag,
      summary:
        "Send a past delivery's event again as a new delivery, with the webhook's current settings and retry policy, under the event's first `webhook-id` (receivers dedupe on it); refused while a delivery of the event to the webhook is still pending or held",
      params: idParams,
      responses: {
        202: { description: 'The new delivery, started', schema: deliverySchema },
        404: { description: 'Not found', schema: problemSchema },
        409: { description: 'The webhook is deleted or disabled, the delivery was a test send or for a simulated call, or a delivery of the same event to the webhook is still live (named)', schema: problemSchema },
      },
    },
    async ({ auth, params }) => {
      const original = await findDelivery(db, auth.orgId, params.id);
      if (!original) throw notFound(`Delivery ${params.id}`);
      if (original.test) throw conflict(`Delivery ${params.id} was a test send with sample data: send a new test instead`);
      if (original.simulated) throw conflict(`Delivery ${params.id} was for a simulated call: run a new simulation instead`);
      const webhook = await findOutgoingWebhook(db, auth.orgId, original.webhook_id);
      if (!webhook) throw conflict(`Outgoing webhook ${original.webhook_id} was deleted; its deliveries cannot be sent again`);
      if (!webhook.enabled) throw conflict(`Outgoing webhook ${webhook.id} is disabled; enable it to redeliver`);

      // The event's first delivery names it for receivers: every redelivery sends its `webhook-id` again.
      const first = original.redelivery_of ?? original.id;
      const row = await db.transaction().execute(async (trx) => {
        await lockEventDeliveries(trx, webhook.id, original.event_id);
        const live = await findLiveDelivery(trx, auth.orgId, webhook.id, original.event_id);
        if (live) throw conflict(liveDeliveryConflict(live));
        return insertPendingDelivery(trx, { id: newId('dlv'), orgId: auth.orgId, webhookId: webhook.id, webhookName: webhook.name, context: original.context, redeliveryOf: first });
      });
      const input: RedeliveryInput = {
        delivery: { deliveryId: row.id, orgId: auth.orgId, webhookId: webhook.id, context: original.context, redeliveryOf: first },
        timeoutMs: webhook.timeout_ms,
      };
      await durably(ctx, () =>
        ctx.temporal.workflow.start<typeof redeliveryWorkflow>('redeliveryWorkflow', { workflowId: `redelivery-${row.id}`, taskQueue: ctx.taskQueue, args: [input] }),
      );
      return { status: 202, body: toDelivery(row) };
    },
  );
}
