import { findDelivery, insertPendingDelivery, type DeliveryCursor, listDeliveries, listDeliveryAttempts, streamDeliveries, toDelivery, toDeliveryAttempt } from '../../db/repositories/deliveries';
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
import { deliveryDetailSchema, deliveryListQuery, deliverySchema } from '../schemas/delivery';

const tag = 'Logs';

function deliveryCursor(cursor: string): DeliveryCursor {
  const { time, id } = timeCursor.decode(cursor);
  return { created_at: time, id };
}

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
      return { status: 200, body: { data: data.map(toDelivery), next_cursor: rows.length > query.limit ? timeCursor.encode(last.created_at, last.id) : null } };
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
      await sendCsv(res, { filename: csvFilename('outgoing-log'), columns: Object.keys(deliverySchema.shape), rows, toRecord: toDelivery, masked: !seesSecrets(auth) });
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
      return { status: 200, body: { ...toDelivery(row), attempts: attempts.map(toDeliveryAttempt) } };
    },
  );

  routes.add(
    {
      method: 'post', path: '/logs/outgoing/:id/redeliver', tag,
      summary: "Send a past delivery's event again as a new delivery, with the webhook's current settings and retry policy",
      params: idParams,
      responses: {
        202: { description: 'The new delivery, started', schema: deliverySchema },
        404: { description: 'Not found', schema: problemSchema },
        409: { description: 'The webhook is deleted or disabled, or the delivery was a test send or for a simulated call', schema: problemSchema },
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

      const row = await insertPendingDelivery(db, {
        id: newId('dlv'),
        orgId: auth.orgId,
        webhookId: webhook.id,
        webhookName: webhook.name,
        context: original.context,
        redeliveryOf: original.id,
      });
      const input: RedeliveryInput = {
        delivery: { deliveryId: row.id, orgId: auth.orgId, webhookId: webhook.id, context: original.context, redeliveryOf: original.id },
        timeoutMs: webhook.timeout_ms,
      };
      await durably(ctx, () =>
        ctx.temporal.workflow.start<typeof redeliveryWorkflow>('redeliveryWorkflow', { workflowId: `redelivery-${row.id}`, taskQueue: ctx.taskQueue, args: [input] }),
      );
      return { status: 202, body: toDelivery(row) };
    },
  );
}
