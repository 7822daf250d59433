import { findOutgoingWebhook } from '../../db/repositories/outgoing-webhooks';
import { cancelRecovery, createRecovery, findRecovery, type RecoveryProgress } from '../../db/repositories/recoveries';
import { newId } from '../../ids';
import { durably } from '../../temporal/calls';
import type { RecoveryInput, RecoveryWorkflow } from '../../shared/workflows';
import type { ApiContext } from '../context';
import { conflict, notFound } from '../problem';
import type { ApiRoutes } from '../route';
import { idParams, problemSchema } from '../schemas/common';
import { recoverBody, recoverySchema, type Recovery } from '../schemas/recovery';

function toRecovery(row: RecoveryProgress): Recovery {
  return {
    id: row.id,
    webhook_id: row.webhook_id,
    since: row.since.toISOString(),
    call_id: row.call_id,
    status: row.status,
    total: row.total,
    succeeded: row.succeeded,
    failed: row.failed,
    pending: row.pending,
    created_at: row.created_at.toISOString(),
    finished_at: row.finished_at?.toISOString() ?? null,
  };
}

/** Bulk recovery: one durable operation per request, with its progress as a resource. */
export function recoveryRoutes(routes: ApiRoutes, ctx: ApiContext): void {
  const { db } = ctx;
  const missing = { 404: { description: 'Not found', schema: problemSchema } };

  routes.add(
    {
      method: 'post', path: '/outgoing-webhooks/:id/recover', tag: 'Outgoing webhooks', params: idParams, body: recoverBody,
      summary: "Send a webhook's failed and discarded deliveries since a time again, once each, in per-call order, under their own webhook-ids",
      responses: {
        202: { description: 'The recovery, started; follow it at GET /recoveries/{id}', schema: recoverySchema },
        400: { description: 'Invalid input', schema: problemSchema },
        409: { description: 'The webhook is disabled', schema: problemSchema },
        ...missing,
      },
    },
    async ({ auth, params, body, audited }) => {
      const webhook = await findOutgoingWebhook(db, auth.orgId, params.id);
      if (!webhook) throw notFound(`Outgoing webhook ${params.id}`);
      if (!webhook.enabled) throw conflict(`Outgoing webhook ${webhook.id} is disabled; enable it to recover its deliveries`);
      const id = newId('rcv');
      await audited(async (trx) => {
        const created = await createRecovery(trx, { id, orgId: auth.orgId, webhookId: webhook.id, since: new Date(body.since), callId: body.call_id });
        const after = { recovery_id: id, since: body.since, call_id: body.call_id ?? null, deliveries: created.total };
        return { result: created, action: 'recovered', resource: 'outgoing_webhook', id: webhook.id, name: webhook.name, after };
      });
      const input: RecoveryInput = { orgId: auth.orgId, recoveryId: id, webhookId: webhook.id };
      try {
        await durably(ctx, () => ctx.temporal.workflow.start<RecoveryWorkflow>('recoveryWorkflow', { workflowId: `recovery-${id}`, taskQueue: ctx.taskQueue, args: [input] }));
      } catch (err) {
        // Started only once its claim is committed (so it sees it); without a workflow, nothing stays claimed.
        await cancelRecovery(db, id);
        throw err;
      }
      const recovery = await findRecovery(db, auth.orgId, id);
      return { status: 202, body: toRecovery(recovery!), headers: { Location: `/api/v1/recoveries/${id}` } };
    },
  );

  routes.add(
    {
      method: 'get', path: '/recoveries/:id', tag: 'Outgoing webhooks', params: idParams, summary: 'A bulk recovery and its progress',
      responses: { 200: { description: 'The recovery', schema: recoverySchema }, ...missing },
    },
    async ({ auth, params }) => {
      const recovery = await findRecovery(db, auth.orgId, params.id);
      if (!recovery) throw notFound(`Recovery ${params.id}`);
      return { status: 200, body: toRecovery(recovery) };
    },
  );
}
