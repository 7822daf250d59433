import { waitFor } from './lifecycle-support';
import { CALL_EVENTS, createCallWebhook, eventsByCall, runCalls, waitForDeliveries } from '../support/outage';
import { Receiver } from '../support/receiver';
import { useStackAndReceiver, type TestStack } from '../support/stack';

describe('bulk recovery', () => {
  let stack: TestStack;
  let receiver: Receiver;
  useStackAndReceiver({}, (s, r) => {
    stack = s;
    receiver = r;
  });

  async function recover(webhookId: string, body: Record<string, unknown>): Promise<any> {
    const res = await stack.request(`/api/v1/outgoing-webhooks/${webhookId}/recover`, { body });
    expect(res.status).toBe(202);
    expect(res.headers.get('location')).toBe(`/api/v1/recoveries/${res.body.id}`);
    return res.body;
  }

  const finished = (id: string) =>
    waitFor(`recovery ${id} to finish`, async () => {
      const { body } = await stack.request(`/api/v1/recoveries/${id}`);
      return body.status === 'completed' ? body : undefined;
    });

  it('sends exactly the failed deliveries again, once each, in per-call order, under their own ids, with progress; a second run sends nothing', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const webhook = await createCallWebhook(stack, receiver);
    const [delivered] = await runCalls(stack, 1);
    await waitForDeliveries(stack, webhook.id, 3);

    // A receiver that rejects everything: final 4xx answers, so these fail for good.
    receiver.setDefaultReply({ status: 422, body: '{"error":"unknown campaign"}' });
    const rejected = await runCalls(stack, 3);
    const failed = await waitForDeliveries(stack, webhook.id, 9, 'failed');

    receiver.setDefaultReply({ status: 200, body: '{"ok":true}' });
    const before = receiver.requests.length;
    const started = await recover(webhook.id, { since });
    expect(started).toMatchObject({ id: expect.stringMatching(/^rcv_/), webhook_id: webhook.id, status: 'running', total: 9, call_id: null });
    const done = await finished(started.id);
    expect(done).toMatchObject({ total: 9, succeeded: 9, failed: 0, pending: 0, finished_at: expect.any(String) });

    const resent = receiver.requests.slice(before);
    expect(resent.map((r) => r.headers['webhook-id']).sort()).toEqual(failed.map((d) => d.id).sort());
    const byCall = eventsByCall(resent);
    expect(byCall.has(delivered)).toBe(false);
    for (const callId of rejected) expect(byCall.get(callId)).toEqual(CALL_EVENTS);
    const detail = (await stack.request(`/api/v1/logs/outgoing/${failed[0].id}`)).body;
    expect(detail.attempts.map((a: any) => a.response.status)).toEqual([422, 200]);

    const again = await recover(webhook.id, { since });
    expect(again.total).toBe(0);
    await finished(again.id);
    expect(receiver.requests.length).toBe(before + 9);
  });

  it('can be limited to one call, and refuses bad input', async () => {
    const webhook = await createCallWebhook(stack, receiver, { event_types: ['call.incoming'] });
    receiver.setDefaultReply({ status: 410, body: 'gone' });
    const calls = await runCalls(stack, 2);
    await waitForDeliveries(stack, webhook.id, 2, 'failed');
    receiver.setDefaultReply({ status: 200, body: '{"ok":true}' });

    const one = await recover(webhook.id, { since: new Date(Date.now() - 60_000).toISOString(), call_id: calls[1] });
    expect(one).toMatchObject({ total: 1, call_id: calls[1] });
    await finished(one.id);
    const statuses = (await stack.request(`/api/v1/logs/outgoing?webhook_id=${webhook.id}`)).body.data.map((d: any) => [d.call_id, d.status]);
    expect(statuses.sort()).toEqual([[calls[0], 'failed'], [calls[1], 'succeeded']].sort());

    const bad = await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}/recover`, { body: { since: 'yesterday' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'body.since' })]);
    expect((await stack.request('/api/v1/outgoing-webhooks/whk_missing/recover', { body: { since: new Date().toISOString() } })).status).toBe(404);
    expect((await stack.request('/api/v1/recoveries/rcv_missing')).status).toBe(404);
  });

  it('shows progress while it waits on a paused webhook, and finishes once the webhook is resumed', async () => {
    const webhook = await createCallWebhook(stack, receiver, { event_types: ['call.incoming', 'call.hangup'] });
    receiver.setDefaultReply({ status: 400, body: 'bad' });
    const calls = await runCalls(stack, 2);
    await waitForDeliveries(stack, webhook.id, 4, 'failed');
    receiver.setDefaultReply({ status: 200, body: '{"ok":true}' });
    await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}/pause`, { method: 'POST' });

    const started = await recover(webhook.id, { since: new Date(Date.now() - 60_000).toISOString() });
    // Each call's first delivery is held; its second waits behind it.
    await waitForDeliveries(stack, webhook.id, 2, 'held');
    const waiting = (await stack.request(`/api/v1/recoveries/${started.id}`)).body;
    expect(waiting).toMatchObject({ status: 'running', total: 4, succeeded: 0, pending: 4 });

    const before = receiver.requests.length;
    await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}/resume`, { body: {} });
    expect(await finished(started.id)).toMatchObject({ total: 4, succeeded: 4, pending: 0 });
    const byCall = eventsByCall(receiver.requests.slice(before));
    for (const callId of calls) expect(byCall.get(callId)).toEqual(['call.incoming', 'call.hangup']);
  });
});
