// Rendering cost of outgoing-webhook templates: compile once, render per delivery. Target: well under 1 ms.
// Run with `npm run bench`.
import { compileWebhookTemplates, sampleRenderContext, WEBHOOK_PRESETS } from '../src/templates';

function measure(name: string, iterations: number, fn: () => void): void {
  for (let i = 0; i < Math.min(iterations, 1000); i++) fn(); // warm-up
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn();
  const perOpUs = Number(process.hrtime.bigint() - started) / iterations / 1000;
  console.log(`${name.padEnd(44)} ${perOpUs.toFixed(1).padStart(8)} µs/op  (${iterations} ops)`);
}

const ctx = sampleRenderContext();
const telegram = WEBHOOK_PRESETS.find((p) => p.id === 'telegram-send-message')!;
const compiledTelegram = compileWebhookTemplates(telegram);
const crm = compileWebhookTemplates({
  url: 'https://crm.example.com/calls?caller=[FROM]&campaign=[CAMPAIGN_NAME]',
  headers: { 'X-Call': '[CALL_ID]' },
  body_format: 'json',
  body_template: '{"call": "[CALL_ID]", "from": "[FROM]", "revenue": [REVENUE_PAID_OUT], "homeowner": "{{ tags.HOMEOWNER | default: \'n/a\' }}"}',
});

console.log('templates');
measure('render Telegram preset (compiled)', 20_000, () => compiledTelegram.render(ctx));
measure('render CRM json + url + header (compiled)', 20_000, () => crm.render(ctx));
measure('compile + render Telegram preset (cold)', 2_000, () => compileWebhookTemplates(telegram).render(ctx));
