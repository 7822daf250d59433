import { newId } from '../../ids';
import {
  deleteOutgoingWebhook,
  findOutgoingWebhook,
  insertOutgoingWebhook,
  listOutgoingWebhooks,
  rotateSigningSecret,
  updateOutgoingWebhook,
} from '../../db/repositories/outgoing-webhooks';
import { findHealth } from '../../db/repositories/webhook-health';
import type { OutgoingWebhookRow } from '../../db/tables/outgoing-webhooks';
import { attemptDelivery } from '../../delivery/attempt';
import { deliveryDependencies } from '../../delivery/dependencies';
import { checkAgainstRecentCalls, previewContext, previewRequest } from '../../delivery/preview';
import { seenTagNames } from '../../db/repositories/calls';
import { organizationTagNames } from '../../db/repositories/tags';
import { generateSigningSecret } from '../../delivery/signing';
import { sampleRenderContext, type WebhookTemplates } from '../../templates';
import { assertSaveable } from '../outgoing-webhook-checks';
import type { CallEventType } from '../../shared/call';
import type { AuditAction } from '../../audit/changes';
import { changeOf, type Trx } from '../audit';
import type { ApiContext } from '../context';
import { conflict, notFound } from '../problem';
import type { ApiRoutes } from '../route';
import { apiGates, withHealth } from './outgoing-webhook-health';
import { idParams, page, paginationQuery, patchOf, problemSchema, toPage } from '../schemas/common';
import {
  outgoingWebhookInput,
  outgoingWebhookSchema,
  outgoingWebhookWithSecret,
  type OutgoingWebhookConfig,
  previewSavedBody,
  checkCallsBody,
  callCheckSchema,
  testSendBody,
  previewSchema,
  previewUnsavedBody,
  rotateSecretBody,
  testSendSchema,
  toOutgoingWebhook,
} from '../schemas/outgoing-webhook';

const tag = 'Outgoing webhooks';
const invalid = { 400: { description: 'Invalid input', schema: problemSchema }, 422: { description: 'The webhook would receive nothing, or its templates do not render', schema: problemSchema } };
const missing = { 404: { description: 'Not found', schema: problemSchema } };

export function outgoingWebhookRoutes(routes: ApiRoutes, ctx: ApiContext): void {
  const { db } = ctx;
  const deps = deliveryDependencies(db, ctx.config);
  const gates = apiGates(ctx);
  /** The API view of one webhook: its configuration and its health. */
  const view = async (orgId: string, config: OutgoingWebhookConfig) => (await withHealth(db, orgId, [config]))[0];

  /** Switched off or deleted while paused: its gate drains the held deliveries (skipped, or failed). */
  async function nudgeIfPaused(orgId: string, webhookId: string, paused: boolean): Promise<void> {
    if (paused) await gates.nudge({ orgId, webhookId });
  }

  // A change to a webhook, for its audit entry; 404 when it vanished meanwhile.
  function changed(before: OutgoingWebhookRow, action: AuditAction, after: OutgoingWebhookRow | undefined) {
    if (!after) throw notFound(`Outgoing webhook ${before.id}`);
    return changeOf('outgoing_webhook', action, { before: toOutgoingWebhook(before), after: toOutgoingWebhook(after) });
  }

  async function existing(orgId: string, id: string): Promise<OutgoingWebhookRow> {
    const row = await findOutgoingWebhook(db, orgId, id);
    if (!row) throw notFound(`Outgoing webhook ${id}`);
    return row;
  }

  routes.add(
    {
      method: 'post', path: '/outgoing-webhooks', tag, summary: 'Create an outgoing webhook (with signing on, the response shows the secret once)',
      body: outgoingWebhookInput, responses: { 201: { description: 'Created', schema: outgoingWebhookWithSecret }, ...invalid },
    },
    async ({ auth, body, audited }) => {
      await assertSaveable(body);
      const secret = body.signing.enabled ? generateSigningSecret() : undefined;
      const insert = (trx: Trx) => insertOutgoingWebhook(trx, auth.orgId, body, secret ? deps.secrets.seal(secret) : null);
      const row = await audited(async (trx) => changeOf('outgoing_webhook', 'created', { after: toOutgoingWebhook(await insert(trx)) }));
      return { status: 201, body: { ...(await view(auth.orgId, row)), ...(secret && { signing_secret: secret }) } };
    },
  );

  routes.add(
    {
      method: 'get', path: '/outgoing-webhooks', tag, summary: 'List outgoing webhooks', query: paginationQuery,
      responses: { 200: { description: 'A page of webhooks', schema: page(outgoingWebhookSchema) } },
    },
    async ({ auth, query }) => {
      const rows = await listOutgoingWebhooks(db, auth.orgId, query);
      return { status: 200, body: toPage(await withHealth(db, auth.orgId, rows.map(toOutgoingWebhook)), query.limit) };
    },
  );

  routes.add(
    {
      method: 'get', path: '/outgoing-webhooks/:id', tag, summary: 'Get an outgoing webhook', params: idParams,
      responses: { 200: { description: 'The webhook', schema: outgoingWebhookSchema }, ...missing },
    },
    async ({ auth, params }) => ({ status: 200, body: await view(auth.orgId, toOutgoingWebhook(await existing(auth.orgId, params.id))) }),
  );

  routes.add(
    {
      method: 'patch', path: '/outgoing-webhooks/:id', tag, summary: 'Change an outgoing webhook (turning signing on shows the new secret once)',
      params: idParams, body: patchOf(outgoingWebhookInput),
      responses: { 200: { description: 'The changed webhook', schema: outgoingWebhookWithSecret }, ...invalid, ...missing },
    },
    async ({ auth, params, body, audited }) => {
      const current = await existing(auth.orgId, params.id);
      await assertSaveable({
        url: body.url ?? current.url,
        headers: body.headers ?? current.headers,
        body_format: body.body_format ?? (current.body_format as WebhookTemplates['body_format']),
        body_template: body.body_template ?? current.body_template,
        event_types: body.event_types ?? current.event_types,
        notification_channel: body.notification_channel ?? current.notification_channel,
        alert_template: body.alert_template ?? current.alert_template,
        health_policy: body.health_policy ?? current.health_policy,
      });
      const signingOn = current.signing_secret !== null;
      const secret = body.signing?.enabled && !signingOn ? generateSigningSecret() : undefined;
      const sealed = secret ? deps.secrets.seal(secret) : body.signing?.enabled === false && signingOn ? null : undefined;
      const row = await audited(async (trx) => changed(current, 'updated', await updateOutgoingWebhook(trx, auth.orgId, params.id, body, sealed)));
      if (body.enabled === false) await nudgeIfPaused(auth.orgId, row.id, (await findHealth(db, row.id)).state === 'paused');
      return { status: 200, body: { ...(await view(auth.orgId, row)), ...(secret && { signing_secret: secret }) } };
    },
  );

  routes.add(
    {
      method: 'delete', path: '/outgoing-webhooks/:id', tag, summary: 'Delete an outgoing webhook (its delivery log stays)', params: idParams,
      responses: { 204: { description: 'Deleted' }, ...missing },
    },
    async ({ auth, params, audited }) => {
      const current = await existing(auth.orgId, params.id);
      const paused = (await findHealth(db, current.id)).state === 'paused';
      await audited(async (trx) => {
        if (!(await deleteOutgoingWebhook(trx, auth.orgId, params.id))) throw notFound(`Outgoing webhook ${params.id}`);
        return changeOf('outgoing_webhook', 'deleted', { before: toOutgoingWebhook(current) });
      });
      await nudgeIfPaused(auth.orgId, current.id, paused);
      return { status: 204 };
    },
  );

  routes.add(
    {
      method: 'post', path: '/outgoing-webhooks/:id/rotate-secret', tag,
      summary: 'Issue a new signing secret (shown once); the old one keeps signing alongside it for the grace period',
      params: idParams, body: rotateSecretBody,
      responses: { 200: { description: 'The webhook with its new secret', schema: outgoingWebhookWithSecret }, 409: { description: 'Signing is off', schema: problemSchema }, ...missing },
    },
    async ({ auth, params, body, audited }) => {
      const current = await existing(auth.orgId, params.id);
      const secret = generateSigningSecret();
      const row = await audited(async (trx) => {
        const rotated = await rotateSigningSecret(trx, auth.orgId, params.id, deps.secrets.seal(secret), body.grace_period_seconds);
        if (!rotated) throw conflict(`Signing is off for outgoing webhook ${params.id}: turn it on with PATCH {"signing":{"enabled":true}}`);
        return changed(current, 'secret_rotated', rotated);
      });
      return { status: 200, body: { ...(await view(auth.orgId, row)), signing_secret: secret } };
    },
  );

  /** Tags a template may name without a warning: the defined ones and those the organization's calls carry. */
  const knownTagNames = async (orgId: string) => [...(await organizationTagNames(ctx.db, orgId)), ...(await seenTagNames(ctx.db, orgId))];

  routes.add(
    {
      method: 'post', path: '/outgoing-webhooks/preview', tag, summary: 'Render unsaved webhook fields against the sample call',
      body: previewUnsavedBody, responses: { 200: { description: 'The request it would send', schema: previewSchema }, 400: invalid[400] },
    },
    async ({ auth, body }) => {
      const { event_type, ...templates } = body;
      const context = await previewContext(ctx, auth.orgId, event_type ?? (sampleRenderContext().event.type as CallEventType));
      return { status: 200, body: await previewRequest(templates, context, await knownTagNames(auth.orgId)) };
    },
  );

  routes.add(
    {
      method: 'post', path: '/outgoing-webhooks/check-calls', tag,
      summary: "Render unsaved webhook fields against the organization's latest 20 calls: what each would send, skip (filters) or leave empty",
      body: checkCallsBody, responses: { 200: { description: 'One entry per call, newest first', schema: callCheckSchema }, 400: invalid[400] },
    },
    async ({ auth, body }) => {
      const { event_type, filters, ...templates } = body;
      const data = await checkAgainstRecentCalls(ctx.db, auth.orgId, templates, filters, event_type ?? 'call.completed');
      return { status: 200, body: { data } };
    },
  );

  routes.add(
    {
      method: 'post', path: '/outgoing-webhooks/:id/preview', tag, summary: "Render a webhook with the sample call or a real call's data",
      params: idParams, body: previewSavedBody, responses: { 200: { description: 'The request it would send', schema: previewSchema }, ...missing },
    },
    async ({ auth, params, body }) => {
      const row = await existing(auth.orgId, params.id);
      const eventType = body.event_type ?? (row.event_types[0] as CallEventType | undefined) ?? 'call.converted';
      const context = await previewContext(ctx, auth.orgId, eventType, body.call_id);
      return { status: 200, body: await previewRequest(row, context, await knownTagNames(auth.orgId)) };
    },
  );

  routes.add(
    {
      method: 'post', path: '/outgoing-webhooks/:id/test', tag,
      summary: "Send the webhook once now with the sample call, for the event given (default: the webhook's first, as the preview); logged as a test delivery",
      params: idParams, body: testSendBody, responses: { 200: { description: 'What was sent and what came back', schema: testSendSchema }, ...missing },
    },
    async ({ auth, params, body }) => {
      const webhook = await existing(auth.orgId, params.id);
      const deliveryId = newId('dlv');
      // The very sample the preview renders for the same event, so the test sends what the operator saw.
      const context = await previewContext(ctx, auth.orgId, body.event_type ?? (webhook.event_types[0] as CallEventType | undefined) ?? 'call.converted');
      const outcome = await attemptDelivery(deps, { deliveryId, webhook, context, attempt: 1, test: true });
      return { status: 200, body: { delivery_id: deliveryId, request: outcome.request, response: outcome.response, error: outcome.error, duration_ms: outcome.duration_ms } };
    },
  );
}
