import { z } from 'zod';
import { WEBHOOK_PRESETS } from '../../templates';
import type { ApiRoutes } from '../route';
import { outgoingWebhookInput } from '../schemas/outgoing-webhook';

const presetSchema = outgoingWebhookInput
  .pick({ name: true, method: true, url: true, headers: true, body_format: true, body_template: true, event_types: true })
  .extend({ id: z.string(), description: z.string() });

export function presetRoutes(routes: ApiRoutes): void {
  routes.add(
    {
      method: 'get', path: '/outgoing-webhook-presets', tag: 'Outgoing webhooks', summary: 'Ready-made webhooks (Slack, Telegram) to start from',
      responses: { 200: { description: 'The presets', schema: z.object({ data: z.array(presetSchema) }) } },
    },
    async () => ({ status: 200, body: { data: WEBHOOK_PRESETS } }),
  );
}
