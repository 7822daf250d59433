import {
  deleteOutgoingWebhook,
  findOutgoingWebhook,
  insertOutgoingWebhook,
  listOutgoingWebhooks,
  toOutgoingWebhook,
  updateOutgoingWebhook,
} from '../../db/repositories/outgoing-webhooks';
import type { ApiContext } from '../context';
import { notFound } from '../problem';
import type { ApiRoutes } from '../route';
import { idParams, page, paginationQuery, patchOf, problemSchema, toPage } from '../schemas/common';
import { outgoingWebhookInput, outgoingWebhookSchema } from '../schemas/outgoing-webhook';

const tag = 'Outgoing webhooks';

export function outgoingWebhookRoutes(routes: ApiRoutes, { db }: ApiContext): void {
  routes.add(
    {
      method: 'post', path: '/outgoing-webhooks', tag, summary: 'Create an outgoing webhook', body: outgoingWebhookInput,
      responses: { 201: { description: 'Created', schema: outgoingWebhookSchema }, 400: { description: 'Invalid input', schema: problemSchema } },
    },
    async ({ auth, body }) => ({ status: 201, body: toOutgoingWebhook(await insertOutgoingWebhook(db, auth.orgId, body)) }),
  );

  routes.add(
    {
      method: 'get', path: '/outgoing-webhooks', tag, summary: 'List outgoing webhooks', query: paginationQuery,
      responses: { 200: { description: 'A page of webhooks', schema: page(outgoingWebhookSchema) } },
    },
    async ({ auth, query }) => {
      const rows = await listOutgoingWebhooks(db, auth.orgId, query);
      return { status: 200, body: toPage(rows.map(toOutgoingWebhook), query.limit) };
    },
  );

  routes.add(
    {
      method: 'get', path: '/outgoing-webhooks/:id', tag, summary: 'Get an outgoing webhook', params: idParams,
      responses: { 200: { description: 'The webhook', schema: outgoingWebhookSchema }, 404: { description: 'Not found', schema: problemSchema } },
    },
    async ({ auth, params }) => {
      const row = await findOutgoingWebhook(db, auth.orgId, params.id);
      if (!row) throw notFound(`Outgoing webhook ${params.id}`);
      return { status: 200, body: toOutgoingWebhook(row) };
    },
  );

  routes.add(
    {
      method: 'patch', path: '/outgoing-webhooks/:id', tag, summary: 'Change an outgoing webhook', params: idParams,
      body: patchOf(outgoingWebhookInput),
      responses: { 200: { description: 'The changed webhook', schema: outgoingWebhookSchema }, 404: { description: 'Not found', schema: problemSchema } },
    },
    async ({ auth, params, body }) => {
      const row = await updateOutgoingWebhook(db, auth.orgId, params.id, body);
      if (!row) throw notFound(`Outgoing webhook ${params.id}`);
      return { status: 200, body: toOutgoingWebhook(row) };
    },
  );

  routes.add(
    {
      method: 'delete', path: '/outgoing-webhooks/:id', tag, summary: 'Delete an outgoing webhook', params: idParams,
      responses: { 204: { description: 'Deleted' }, 404: { description: 'Not found', schema: problemSchema } },
    },
    async ({ auth, params }) => {
      if (!(await deleteOutgoingWebhook(db, auth.orgId, params.id))) throw notFound(`Outgoing webhook ${params.id}`);
      return { status: 204 };
    },
  );
}

