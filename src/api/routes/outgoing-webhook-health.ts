import type { Db } from '../../db/database';
import { findOutgoingWebhook } from '../../db/repositories/outgoing-webhooks';
import { applyHealthEvent, discardUnsettled, findHealthRows, healthFigures, type HealthChange, type HealthFigures } from '../../db/repositories/webhook-health';
import type { OutgoingWebhookRow } from '../../db/tables/outgoing-webhooks';
import { HEALTHY, type Health } from '../../shared/webhook-health';
import { healthTracker } from '../../delivery/health-tracking';
import { durably } from '../../temporal/calls';
import { healthWorkflows, type HealthWorkflows } from '../../temporal/health-workflows';
import type { AuditedChange, Trx } from '../audit';
import type { ApiContext } from '../context';
import { conflict, notFound } from '../problem';
import type { ApiRoutes } from '../route';
import { idParams, problemSchema } from '../schemas/common';
import { outgoingWebhookSchema, resumeBody, resumedWebhook, toOutgoingWebhook, type OutgoingWebhook, type OutgoingWebhookConfig } from '../schemas/outgoing-webhook';
import type { WebhookHealth } from '../schemas/webhook-health';

const tag = 'Outgoing webhooks';
const NO_FIGURES: HealthFigures = { success_rate: null, p50_ms: null, p95_ms: null, pending: 0 };

function healthView(enabled: boolean, health: Health, figures: HealthFigures): WebhookHealth {
  return {
    state: enabled ? health.state : 'disabled',
    paused_reason: health.paused_reason,
    since: health.state_changed_at?.toISOString() ?? null,
    consecutive_failures: health.consecutive_failures,
    ...figures,
    last_error: health.last_error,
    next_probe_at: health.next_probe_at?.toISOString() ?? null,
  };
}

/** Webhooks as the API shows them, each with its health: two queries for the whole page. */
export async function withHealth(db: Db, orgId: string, configs: OutgoingWebhookConfig[]): Promise<OutgoingWebhook[]> {
  const ids = configs.map((c) => c.id);
  const [states, figures] = await Promise.all([findHealthRows(db, ids), healthFigures(db, orgId, ids)]);
  return configs.map((config) => ({ ...config, health: healthView(config.enabled, states.get(config.id) ?? HEALTHY, figures.get(config.id) ?? NO_FIGURES) }));
}

/** The gates, with Temporal being unreachable answered as 503 (the state change itself is already committed). */
export function apiGates(ctx: ApiContext): HealthWorkflows {
  const gates = healthWorkflows(ctx.temporal, ctx.taskQueue);
  return {
    open: (input) => durably(ctx, () => gates.open(input)),
    nudge: (input) => durably(ctx, () => gates.nudge(input)),
    release: (workflowId, webhookId) => durably(ctx, () => gates.release(workflowId, webhookId)),
    alert: (input) => durably(ctx, () => gates.alert(input)),
  };
}

/** Manual pause and resume (with or without the backlog). */
export function outgoingWebhookHealthRoutes(routes: ApiRoutes, ctx: ApiContext): void {
  const { db } = ctx;
  const gates = apiGates(ctx);
  const health = healthTracker(db, gates);
  const missing = { 404: { description: 'Not found', schema: problemSchema } };

  /** An operator's pause or resume, for the audit log: the health before and after (and what was discarded). */
  async function healthChange(trx: Trx, row: OutgoingWebhookRow, action: 'paused' | 'resumed', discarded?: number): Promise<AuditedChange<HealthChange>> {
    const event = action === 'paused' ? ({ kind: 'paused_by_operator' } as const) : ({ kind: 'resumed_by_operator' } as const);
    const change = await applyHealthEvent(trx, row, event);
    const after = { health: change.after.state, ...(discarded && { discarded_deliveries: discarded }) };
    return { result: change, action, resource: 'outgoing_webhook', id: row.id, name: row.name, before: { health: change.before.state }, after };
  }

  async function enabledWebhook(orgId: string, id: string): Promise<OutgoingWebhookRow> {
    const row = await findOutgoingWebhook(db, orgId, id);
    if (!row) throw notFound(`Outgoing webhook ${id}`);
    if (!row.enabled) throw conflict(`Outgoing webhook ${id} is disabled: enable it first`);
    return row;
  }

  routes.add(
    {
      method: 'post', path: '/outgoing-webhooks/:id/pause', tag, params: idParams,
      summary: 'Pause a webhook: its deliveries are held, unattempted and in order, until it is resumed (no probes)',
      responses: { 200: { description: 'The paused webhook', schema: outgoingWebhookSchema }, 409: { description: 'The webhook is disabled', schema: problemSchema }, ...missing },
    },
    async ({ auth, params, audited }) => {
      const row = await enabledWebhook(auth.orgId, params.id);
      await health.react(row, await audited((trx) => healthChange(trx, row, 'paused')));
      // Also when it was paused already: a gate that did not start last time starts now.
      await gates.open({ orgId: auth.orgId, webhookId: row.id });
      const [webhook] = await withHealth(db, auth.orgId, [toOutgoingWebhook(row)]);
      return { status: 200, body: webhook };
    },
  );

  routes.add(
    {
      method: 'post', path: '/outgoing-webhooks/:id/resume', tag, params: idParams, body: resumeBody,
      summary: 'Resume a webhook: held deliveries drain in per-call order (or, with discard_pending, fail without another attempt)',
      responses: { 200: { description: 'The resumed webhook, with how many deliveries were discarded', schema: resumedWebhook }, 409: { description: 'The webhook is disabled', schema: problemSchema }, ...missing },
    },
    async ({ auth, params, body, audited }) => {
      const row = await enabledWebhook(auth.orgId, params.id);
      let discarded = 0;
      const change = await audited(async (trx) => {
        if (body.discard_pending) discarded = await discardUnsettled(trx, auth.orgId, row.id);
        return healthChange(trx, row, 'resumed', discarded);
      });
      await health.react(row, change);
      await gates.nudge({ orgId: auth.orgId, webhookId: row.id });
      const [webhook] = await withHealth(db, auth.orgId, [toOutgoingWebhook(row)]);
      return { status: 200, body: { ...webhook, discarded } };
    },
  );
}
