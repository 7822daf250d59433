import type { Request } from 'express';
import {
  deleteIncomingWebhook,
  findIncomingWebhook,
  insertIncomingWebhook,
  listIncomingWebhooks,
  rotateIncomingWebhookKey,
  updateIncomingWebhook,
} from '../../db/repositories/incoming-webhooks';
import type { IncomingWebhookRow } from '../../db/tables/incoming';
import { newIncomingKey } from '../../incoming/keys';
import { toIncomingWebhook } from '../schemas/incoming-webhook-view';
import { secretBoxFrom } from '../../security/secret-key';
import { changeOf, type Trx } from '../audit';
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
    return (row: IncomingWebhookRow) => toIncomingWebhook(row, box, baseUrl);
  };
  // The webhook's view before and after `change`, for its audit entry; 404 when it does not exist.
  const beforeAndAfter = async (trx: Trx, orgId: string, id: string, req: Request, change: () => Promise<IncomingWebhookRow | undefined>) => {
    const before = await findIncomingWebhook(trx, orgId, id);
    const after = before && (await change());
    if (!before || !after) throw notFound(`Incoming webhook ${id}`);
    return { before: view(req)(before), after: view(req)(after) };
  };

  routes.add(
    {
      method: 'post', path: '/incoming-webhooks', tag, summary: 'Create an incoming webhook (its auth key and URL included)', body: incomingWebhookInput,
      responses: { 201: { description: 'Created', schema: incomingWebhookSchema }, 400: { description: 'Invalid input', schema: problemSchema } },
    },
    async ({ auth, body, req, audited }) => ({
      status: 201,
      body: await audited(async (trx) => changeOf('incoming_webhook', 'created', { after: view(req)(await insertIncomingWebhook(trx, auth.orgId, body, newIncomingKey(box))) })),
    }),
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
    async ({ auth, params, body, req, audited }) => ({
      status: 200,
      body: await audited(async (trx) => changeOf('incoming_webhook', 'updated', await beforeAndAfter(trx, auth.orgId, params.id, req, () => updateIncomingWebhook(trx, auth.orgId, params.id, body)))),
    }),
  );

  routes.add(
    {
      method: 'post', path: '/incoming-webhooks/:id/rotate-key', tag, summary: 'Issue a new auth key; the old one works for the grace period', params: idParams, body: rotateKeyBody,
      responses: { 200: { description: 'The webhook with its new key and URL', schema: incomingWebhookSchema }, 404: { description: 'Not found', schema: problemSchema } },
    },
    async ({ auth, params, body, req, audited }) => {
      const previousExpiresAt = new Date(Date.now() + body.grace_period_seconds * 1000);
      const rotate = (trx: Trx) => rotateIncomingWebhookKey(trx, auth.orgId, params.id, newIncomingKey(box), previousExpiresAt);
      return { status: 200, body: await audited(async (trx) => changeOf('incoming_webhook', 'key_rotated', await beforeAndAfter(trx, auth.orgId, params.id, req, () => rotate(trx)))) };
    },
  );

  routes.add(
    {
      method: 'delete', path: '/incoming-webhooks/:id', tag, summary: 'Delete an incoming webhook (its key stops working at once)', params: idParams,
      responses: { 204: { description: 'Deleted' }, 404: { description: 'Not found', schema: problemSchema } },
    },
    async ({ auth, params, req, audited }) => {
      await audited(async (trx) => {
        const before = await findIncomingWebhook(trx, auth.orgId, params.id);
        if (!before || !(await deleteIncomingWebhook(trx, auth.orgId, params.id))) throw notFound(`Incoming webhook ${params.id}`);
        return changeOf('incoming_webhook', 'deleted', { before: view(req)(before) });
      });
      return { status: 204 };
    },
  );
}
