import { Webhook } from 'standardwebhooks';
import { createWebhook, deliverViaWorkflow, eventContext, waitForDelivery } from '../support/deliveries';
import { Receiver } from '../support/receiver';
import { useStackAndReceiver, type TestStack } from '../support/stack';

describe('delivery retries and signatures', () => {
  let stack: TestStack;
  let receiver: Receiver;
  useStackAndReceiver({}, (s, r) => {
    stack = s;
    receiver = r;
  });

  const requestsFor = (id: string) => receiver.requests.filter((r) => r.headers['webhook-id'] === id);

  async function deliverTo(path: string, fields: Record<string, unknown> = {}) {
    const webhook = await createWebhook(stack, { url: `${receiver.url}${path}`, body_template: '{"call": "[CALL_ID]"}', ...fields });
    const id = await deliverViaWorkflow(stack, webhook, eventContext());
    return { webhook, id };
  }

  it('503 → 503 → 200: three attempts with one webhook-id, delivered', async () => {
    receiver.reply({ status: 503, body: 'busy' }, { status: 503, body: 'still busy' }, { status: 200, body: '{"ok":true}' });
    const { id } = await deliverTo('/flaky', { retry: { max_attempts: 5, initial_interval_seconds: 0.2, backoff_coefficient: 1, max_interval_seconds: 1 } });
    const delivery = await waitForDelivery(stack, id, (d) => d.status === 'succeeded');
    expect(delivery).toMatchObject({ attempts_count: 3, last_status_code: 200 });
    expect(delivery.attempts.map((a: any) => a.response?.status)).toEqual([503, 503, 200]);
    expect(delivery.attempts.map((a: any) => a.request.headers['webhook-id'])).toEqual([id, id, id]);
    const received = requestsFor(id);
    expect(received).toHaveLength(3);
    expect(new Set(received.map((r) => r.body)).size).toBe(1);
  });

  it('429 with Retry-After waits at least that long before the next attempt', async () => {
    receiver.reply({ status: 429, headers: { 'retry-after': '2' }, body: 'slow down' }, { status: 200 });
    const { id } = await deliverTo('/limited');
    await waitForDelivery(stack, id, (d) => d.status === 'succeeded');
    const [first, second] = requestsFor(id);
    // The retry interval configured is 0.2 s: only Retry-After explains a gap of 2 s or more.
    expect(second.at - first.at).toBeGreaterThanOrEqual(2000);
  });

  it('503 with Retry-After: 0 is retried at once, not dropped (Temporal ends an activity retried after no delay)', async () => {
    receiver.reply({ status: 503, headers: { 'retry-after': '0' }, body: 'busy' }, { status: 200 });
    const { id } = await deliverTo('/now');
    const delivery = await waitForDelivery(stack, id, (d) => d.status === 'succeeded');
    expect(delivery.attempts.map((a: any) => a.response?.status)).toEqual([503, 200]);
  });

  it('400 is tried once and marked failed', async () => {
    receiver.reply({ status: 400, body: '{"error":"bad chat_id"}' });
    const { id } = await deliverTo('/rejects');
    const delivery = await waitForDelivery(stack, id);
    expect(delivery).toMatchObject({ status: 'failed', attempts_count: 1, last_status_code: 400 });
    expect(delivery.attempts[0].response.body).toBe('{"error":"bad chat_id"}');
    // A retry would come within a second: give it the chance to (wrongly) happen.
    await new Promise((r) => setTimeout(r, 1500));
    expect(requestsFor(id)).toHaveLength(1);
  });

  it('a redirect is not followed: the 3xx is the final outcome', async () => {
    receiver.reply({ status: 302, headers: { location: `${receiver.url}/elsewhere` } });
    const { id } = await deliverTo('/moved');
    const delivery = await waitForDelivery(stack, id);
    expect(delivery).toMatchObject({ status: 'failed', attempts_count: 1, last_status_code: 302 });
    expect(receiver.requests.some((r) => r.url === '/elsewhere')).toBe(false);
  });

  it('a timeout is retried; a delivery that spends its whole schedule is held and pauses its webhook, never failed', async () => {
    receiver.reply({ status: 200, delayMs: 3000 }, { status: 500 });
    const { webhook, id } = await deliverTo('/slow', { timeout_ms: 500, retry: { max_attempts: 2, initial_interval_seconds: 0.2, backoff_coefficient: 1, max_interval_seconds: 1 } });
    const delivery = await waitForDelivery(stack, id);
    expect(delivery).toMatchObject({ status: 'held', attempts_count: 2, last_status_code: 500, next_attempt_at: null });
    expect(delivery.attempts[0]).toMatchObject({ response: null, error: expect.stringMatching(/timed out/) });
    const { body } = await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}`);
    expect(body.health).toMatchObject({ state: 'paused', paused_reason: 'retries_exhausted', pending: 1, last_error: expect.stringMatching(/HTTP 500/) });
  });

  it('signs with Standard Webhooks; after a rotation both the old and the new secret verify', async () => {
    const { webhook, id } = await deliverTo('/signed', { signing: { enabled: true } });
    expect(webhook.signing_secret).toMatch(/^whsec_/);
    expect(webhook.signing.enabled).toBe(true);
    await waitForDelivery(stack, id);
    const [signed] = requestsFor(id);
    expect(new Webhook(webhook.signing_secret).verify(signed.body, signed.headers as Record<string, string>)).toEqual({ call: expect.any(String) });

    // The secret is shown once: never again on reads.
    const read = await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}`);
    expect(JSON.stringify(read.body)).not.toContain(webhook.signing_secret);

    const rotated = await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}/rotate-secret`, { body: { grace_period_seconds: 3600 } });
    expect(rotated.status).toBe(200);
    expect(rotated.body.signing_secret).toMatch(/^whsec_/);
    expect(rotated.body.signing_secret).not.toBe(webhook.signing_secret);
    expect(rotated.body.signing.previous_secret_expires_at).toEqual(expect.any(String));

    const again = await deliverViaWorkflow(stack, rotated.body, eventContext());
    await waitForDelivery(stack, again);
    const [resigned] = requestsFor(again);
    expect(String(resigned.headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const secret of [webhook.signing_secret, rotated.body.signing_secret]) {
      expect(() => new Webhook(secret).verify(resigned.body, resigned.headers as Record<string, string>)).not.toThrow();
    }
  });
});
