import type { Request } from 'express';
import {
  deleteIncomingWebhook,
  findIncomingWebhook,
  insertIncomingWebhook,
  listIncomingWebhooks,
  rotateIncomingWebhookKey,
  updateIncomingWebhook,
} from '../../db/repositories/incoming-webhooks';
import { newIncomingKey } from '../../incoming/keys';
import { toIncomingWebhook } from '../../incoming/webhook-view';
import { secretBoxFrom } from '../../security/secret-key';
import type { ApiContext } from '../context';
import { notFound } from '../problem';
import type { ApiRoutes } from '../route';
import { idParams, page, paginationQuery, patchOf, problemSchema, toPage } from '../schemas/common';
import { incomingWebhookInput, incomingWebhookSchema, rotateKeyBody } from '../schemas/incoming-webhook';

const tag = 'Incoming webhooks';

export function incomingWebhookRoutes(routes: ApiRoutes, { db, config }: ApiContext): void {
  const box = secretBoxFrom(config);
  // Senders need an absolute URL: the configured public one, else the origin this request reached us at.
  const view = (req: Request) => {
    const baseUrl = config.PUBLIC_BASE_URL ?? `${req.protocol}://${req.get('host')}`;
    return (row: Parameters<typeof toIncomingWebhook>[0]) => toIncomingWebhook(row, box, baseUrl);
  };

  routes.add(
    {
      method: 'post', path: '/incoming-webhooks', tag, summary: 'Create an incoming webhook (its auth key and URL included)', body: incomingWebhookInput,
      responses: { 201: { description: 'Created', schema: incomingWebhookSchema }, 400: { description: 'Invalid input', schema: problemSchema } },
    },
    async ({ auth, body, req }) => ({ status: 201, body: view(req)(await insertIncomingWebhook(db, auth.orgId, body, newIncomingKey(box))) }),
  );

  routes.add(
    {
      method: 'get', path: '/incoming-webhooks', tag, summary: 'List incoming webhooks', query: paginationQuery,
      responses: { 200: { description: 'A page of webhooks', schema: page(incomingWebhookSchema) } },
    },
    async ({ auth, query, req }) => {
      const rows = await listIncomingWebhooks(db, auth.orgId, query);
      return { status: 200, body: toPage(rows.map(view(req)), query.limit) };
    },
  );

  routes.add(
    {
      method: 'get', path: '/incoming-webhooks/:id', tag, summary: 'Get an incoming webhook', params: idParams,
      responses: { 200: { description: 'The webhook', schema: incomingWebhookSchema }, 404: { description: 'Not found', schema: problemSchema } },
    },
    async ({ auth, params, req }) => {
      const row = await findIncomingWebhook(db, auth.orgId, params.id);
      if (!row) throw notFound(`Incoming webhook ${params.id}`);
      return { status: 200, body: view(req)(row) };
    },
  );

  routes.add(
    {
      method: 'patch', path: '/incoming-webhooks/:id', tag, summary: 'Change an incoming webhook', params: idParams, body: patchOf(incomingWebhookInput),
      responses: { 200: { description: 'The changed webhook', schema: incomingWebhookSchema }, 404: { description: 'Not found', schema: problemSchema } },
    },
    async ({ auth, params, body, req }) => {
      const row = await updateIncomingWebhook(db, auth.orgId, params.id, body);
      if (!row) throw notFound(`Incoming webhook ${params.id}`);
      return { status: 200, body: view(req)(row) };
    },
  );

  routes.add(
    {
      method: 'post', path: '/incoming-webhooks/:id/rotate-key', tag, summary: 'Issue a new auth key; the old one works for the grace period', params: idParams, body: rotateKeyBody,
      responses: { 200: { description: 'The webhook with its new key and URL', schema: incomingWebhookSchema }, 404: { description: 'Not found', schema: problemSchema } },
    },
    async ({ auth, params, body, req }) => {
      const previousExpiresAt = new Date(Date.now() + body.grace_period_seconds * 1000);
      const row = await rotateIncomingWebhookKey(db, auth.orgId, params.id, newIncomingKey(box), previousExpiresAt);
      if (!row) throw notFound(`Incoming webhook ${params.id}`);
      return { status: 200, body: view(req)(row) };
    },
  );

  routes.add(
    {
      method: 'delete', path: '/incoming-webhooks/:id', tag, summary: 'Delete an incoming webhook (its key stops working at once)', params: idParams,
      responses: { 204: { description: 'Deleted' }, 404: { description: 'Not found', schema: problemSchema } },
    },
    async ({ auth, params }) => {
      if (!(await deleteIncomingWebhook(db, auth.orgId, params.id))) throw notFound(`Incoming webhook ${params.id}`);
      return { status: 204 };
    },
  );
}
