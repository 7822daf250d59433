import { createWebhook, deliverViaWorkflow, eventContext, waitForDelivery } from '../support/deliveries';
import { Receiver } from '../support/receiver';
import { startTestStack, type TestStack } from '../support/stack';

describe('outgoing delivery log', () => {
  let stack: TestStack;
  let receiver: Receiver;
  let webhook: any;
  let deliveryId: string;

  beforeAll(async () => {
    stack = await startTestStack();
    receiver = await Receiver.start();
    webhook = await createWebhook(stack, {
      name: 'CRM',
      url: `${receiver.url}/crm?api_key=k3y&caller=[FROM]`,
      headers: { Authorization: 'Bearer crm-secret', 'X-Campaign': '[CAMPAIGN_NAME]' },
      body_template: '{"caller": "[FROM]"}',
      signing: { enabled: true },
    });
    receiver.reply({ status: 500, headers: { 'x-trace': 't1' }, body: 'x'.repeat(70 * 1024) }, { status: 200, body: '{"ok":true}' });
    deliveryId = await deliverViaWorkflow(stack, webhook, eventContext({ type: 'call.converted' }));
    await waitForDelivery(stack, deliveryId, (d) => d.status === 'succeeded');
  });
  afterAll(async () => {
    await receiver.close();
    await stack.stop();
  });

  it('shows every attempt with request and response, secrets redacted and bodies capped at 64 KB', async () => {
    const { body } = await stack.request(`/api/v1/logs/outgoing/${deliveryId}`);
    expect(body).toMatchObject({ id: deliveryId, webhook_id: webhook.id, webhook_name: 'CRM', status: 'succeeded', attempts_count: 2, last_status_code: 200, method: 'POST' });
    const [failed, ok] = body.attempts;
    expect(failed.request).toMatchObject({
      method: 'POST',
      url: `${receiver.url}/crm?api_key=[redacted]&caller=%2B15551234567`,
      body: '{"caller": "+15551234567"}',
      headers: { Authorization: '[redacted]', 'webhook-signature': '[redacted]', 'webhook-id': deliveryId, 'X-Campaign': 'Solar Leads TX' },
    });
    expect(failed.request.headers['webhook-timestamp']).toMatch(/^\d+$/);
    expect(failed.response).toMatchObject({ status: 500, body_truncated: true, headers: expect.objectContaining({ 'x-trace': 't1' }) });
    expect(failed.response.body).toHaveLength(64 * 1024);
    expect(failed.error).toMatch(/HTTP 500/);
    expect(ok.response).toMatchObject({ status: 200, body: '{"ok":true}', body_truncated: false });
    expect(JSON.stringify(body)).not.toMatch(/crm-secret|k3y|v1,/);
    // The receiver did get the real credentials.
    expect(receiver.requests[0].headers.authorization).toBe('Bearer crm-secret');
  });

  it('lists deliveries newest first with filters and a cursor', async () => {
    const second = await deliverViaWorkflow(stack, webhook, eventContext({ type: 'call.converted' }));
    await waitForDelivery(stack, second);

    const all = await stack.request(`/api/v1/logs/outgoing?webhook_id=${webhook.id}`);
    expect(all.body.data.map((d: any) => d.id)).toEqual([second, deliveryId]);
    expect(all.body.data[0]).toEqual(
      expect.objectContaining({ id: second, webhook_id: webhook.id, webhook_name: 'CRM', call_id: expect.any(String), event_type: 'call.converted', method: 'POST', status: 'succeeded', attempts_count: 1, last_status_code: 200, duration_ms: expect.any(Number), created_at: expect.any(String) }),
    );

    const first = await stack.request(`/api/v1/logs/outgoing?webhook_id=${webhook.id}&limit=1`);
    expect(first.body).toMatchObject({ data: [{ id: second }], next_cursor: expect.stringMatching(new RegExp(`^\\d+_${second}$`)) });
    const next = await stack.request(`/api/v1/logs/outgoing?webhook_id=${webhook.id}&limit=1&cursor=${first.body.next_cursor}`);
    expect(next.body).toMatchObject({ data: [{ id: deliveryId }], next_cursor: null });

    const detail = await stack.request(`/api/v1/logs/outgoing/${deliveryId}`);
    const byCall = await stack.request(`/api/v1/logs/outgoing?call_id=${detail.body.call_id}`);
    expect(byCall.body.data.map((d: any) => d.id)).toEqual([deliveryId]);
    expect((await stack.request('/api/v1/logs/outgoing?status=failed')).body.data).toEqual([]);
    expect((await stack.request('/api/v1/logs/outgoing?event_type=call.hangup')).body.data).toEqual([]);
    const future = new Date(Date.now() + 3600_000).toISOString();
    expect((await stack.request(`/api/v1/logs/outgoing?from=${encodeURIComponent(future)}`)).body.data).toEqual([]);
    expect((await stack.request(`/api/v1/logs/outgoing?to=${encodeURIComponent(future)}&webhook_id=${webhook.id}`)).body.data).toHaveLength(2);
    expect((await stack.request('/api/v1/logs/outgoing?status=lost')).status).toBe(400);
    expect((await stack.request('/api/v1/logs/outgoing?cursor=garbage')).status).toBe(400);
  });

  it('redeliver: 202 with a new delivery that sends the same event again under the original webhook-id, so a receiver can dedupe', async () => {
    const before = receiver.requests.length;
    const res = await stack.request(`/api/v1/logs/outgoing/${deliveryId}/redeliver`, { method: 'POST' });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ id: expect.stringMatching(/^dlv_/), redelivery_of: deliveryId, webhook_id: webhook.id, status: 'pending' });
    expect(res.body.id).not.toBe(deliveryId);

    const redelivered = await waitForDelivery(stack, res.body.id);
    expect(redelivered).toMatchObject({ status: 'succeeded', attempts_count: 1 });
    const [again] = await receiver.waitForRequests(before + 1).then((r) => r.slice(before));
    expect(again.headers['webhook-id']).toBe(deliveryId);
    expect(again.body).toBe('{"caller": "+15551234567"}');

    expect((await stack.request('/api/v1/logs/outgoing/dlv_missing/redeliver', { method: 'POST' })).status).toBe(404);
  });

  it('a disabled webhook skips its deliveries (logged with the reason) and refuses redelivery', async () => {
    const paused = await createWebhook(stack, { name: 'paused', url: `${receiver.url}/paused`, body_template: '{}' });
    await stack.request(`/api/v1/outgoing-webhooks/${paused.id}`, { method: 'PATCH', body: { enabled: false } });
    const id = await deliverViaWorkflow(stack, paused, eventContext());
    const skipped = await waitForDelivery(stack, id);
    expect(skipped).toMatchObject({ status: 'skipped', attempts_count: 0, error: 'webhook is disabled', attempts: [] });
    const res = await stack.request(`/api/v1/logs/outgoing/${id}/redeliver`, { method: 'POST' });
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/disabled/);
    expect(receiver.requests.some((r) => r.url === '/paused')).toBe(false);
  });
});
