import { z } from 'zod';
import { PRESET_DELIVERY_SETTINGS } from '../../delivery/preset-settings';
import { WEBHOOK_PRESETS } from '../../templates';
import type { ApiRoutes } from '../route';
import { outgoingWebhookInput } from '../schemas/outgoing-webhook';

const presetSchema = outgoingWebhookInput
  .pick({ name: true, method: true, url: true, headers: true, body_format: true, body_template: true, event_types: true, rate_limit: true, alert_template: true })
  .extend({ id: z.string(), description: z.string() });

export function presetRoutes(routes: ApiRoutes): void {
  routes.add(
    {
      method: 'get', path: '/outgoing-webhook-presets', tag: 'Outgoing webhooks', summary: 'Ready-made webhooks (Slack, Telegram) to start from, with the target’s rate limit',
      responses: { 200: { description: 'The presets', schema: z.object({ data: z.array(presetSchema) }) } },
    },
    async () => ({ status: 200, body: { data: WEBHOOK_PRESETS.map((preset) => ({ ...preset, ...PRESET_DELIVERY_SETTINGS[preset.id] })) } }),
  );
}
