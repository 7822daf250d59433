import { randomBytes } from 'node:crypto';
import { newId } from '../../src/ids';
import type { RenderContext } from '../../src/shared/call';
import { sampleRenderContext } from '../../src/templates';
import type { TestStack } from './stack';

/** Short retry intervals so retry tests finish quickly on a loaded machine. */
export const FAST_RETRY = { max_attempts: 3, initial_interval_seconds: 0.2, backoff_coefficient: 1, max_interval_seconds: 1 };

export async function createWebhook(stack: TestStack, fields: Record<string, unknown>): Promise<any> {
  const res = await stack.request('/api/v1/outgoing-webhooks', {
    body: { name: 'test hook', event_types: ['call.converted'], method: 'POST', body_format: 'json', retry: FAST_RETRY, ...fields },
  });
  if (res.status !== 201) throw new Error(`creating the webhook answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A render context for one event of a fresh call, built on the sample call. */
export function eventContext(overrides: { call?: Partial<RenderContext['call']>; tags?: Record<string, string>; type?: RenderContext['event']['type'] } = {}): RenderContext {
  const sample = sampleRenderContext();
  const callId = `call_${randomBytes(6).toString('hex')}`;
  return {
    event: { id: `evt_${randomBytes(8).toString('hex')}`, type: overrides.type ?? 'call.converted', occurred_at: new Date().toISOString() },
    call: { ...sample.call, call_id: callId, ...overrides.call },
    tags: overrides.tags ?? sample.tags,
  };
}

/**
 * Runs one delivery of `context` to a webhook through the redelivery workflow: the real `deliverEvent`
 * activity under the webhook's Temporal retry policy, independent of the call workflow.
 */
export async function deliverViaWorkflow(stack: TestStack, webhook: { id: string; timeout_ms: number }, context: RenderContext): Promise<string> {
  const deliveryId = newId('dlv');
  await stack.temporal.workflow.start('redeliveryWorkflow', {
    workflowId: `test-delivery-${deliveryId}`,
    taskQueue: stack.config.TEMPORAL_TASK_QUEUE,
    args: [{ delivery: { deliveryId, orgId: stack.orgId, webhookId: webhook.id, context }, timeoutMs: webhook.timeout_ms }],
  });
  return deliveryId;
}

/** Polls the outgoing log until the delivery reaches a status other than pending (or `until` holds). */
export async function waitForDelivery(stack: TestStack, id: string, until: (d: any) => boolean = (d) => d.status !== 'pending', timeoutMs = 60_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  let last: any;
  while (Date.now() < deadline) {
    const res = await stack.request(`/api/v1/logs/outgoing/${id}`);
    if (res.status === 200) {
      last = res.body;
      if (until(last)) return last;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`delivery ${id} did not settle: ${JSON.stringify(last)}`);
}
