import { CALL_EVENTS, createCallWebhook, distinctDeliveries, eventsByCall, runCalls, waitForDeliveries } from '../support/outage';
import { Receiver } from '../support/receiver';
import { startTestStack, uniqueName, type TestStack } from '../support/stack';
import { WorkerProcess } from '../support/worker-process';

describe('a worker killed in the middle of a delivery while the receiver is down', () => {
  let stack: TestStack;
  let receiver: Receiver;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    stack = await startTestStack({}, { worker: false });
    receiver = await Receiver.start({ status: 503, body: 'receiver down' });
  });
  afterAll(async () => {
    for (const worker of workers) await worker.crash();
    await receiver.close();
    await stack.stop();
  });

  it('loses nothing: the next worker finishes the delivery, with the same webhook-id on every attempt', async () => {
    const webhook = await stack.request('/api/v1/outgoing-webhooks', {
      body: {
        name: 'CRM',
        event_types: ['call.incoming'],
        url: `${receiver.url}/crm`,
        body_template: '{"call": "[CALL_ID]", "from": "[FROM]"}',
        timeout_ms: 2000,
        retry: { max_attempts: 50, initial_interval_seconds: 1, backoff_coefficient: 1, max_interval_seconds: 1 },
      },
    });
    expect(webhook.status).toBe(201);

    workers.push(await WorkerProcess.start(stack.config));
    const callId = uniqueName('call');
    const accepted = await stack.request(`/api/v1/calls/${callId}/events`, { body: { type: 'incoming', call: { from: '+15551239876' } } });
    expect(accepted.status).toBe(202);

    // The receiver is down: the first worker is retrying when it dies without any chance to clean up.
    await receiver.waitForRequests(2);
    await workers[0].crash();

    receiver.setDefaultReply({ status: 200, body: '{"ok":true}' });
    workers.push(await WorkerProcess.start(stack.config));

    const deadline = Date.now() + 90_000;
    let delivery: any;
    while (Date.now() < deadline) {
      const res = await stack.request(`/api/v1/logs/outgoing?webhook_id=${webhook.body.id}`);
      delivery = res.body.data[0];
      if (delivery?.status === 'succeeded') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(delivery).toMatchObject({ status: 'succeeded', call_id: callId, last_status_code: 200 });

    const ids = new Set(receiver.requests.map((r) => r.headers['webhook-id']));
    expect([...ids]).toEqual([delivery.id]);
    expect(JSON.parse(receiver.requests[receiver.requests.length - 1].body)).toEqual({ call: callId, from: '+15551239876' });
    const detail = await stack.request(`/api/v1/logs/outgoing/${delivery.id}`);
    // An attempt cut off by the kill may have reached the receiver without being logged; the rest are.
    const statuses = detail.body.attempts.map((a: any) => a.response?.status);
    expect(statuses[0]).toBe(503);
    expect(statuses[statuses.length - 1]).toBe(200);
    expect(receiver.requests.length).toBeGreaterThanOrEqual(3);
  });

  it('loses and duplicates nothing when workers die while a webhook is paused and again while it drains', async () => {
    const own = await Receiver.start({ status: 200, body: '{"ok":true}', delayMs: 300 });
    try {
      // One worker at a time, so each kill takes down everything in flight.
      for (const worker of workers) await worker.crash();
      const webhook = await createCallWebhook(stack, own);
      expect((await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}/pause`, { method: 'POST' })).status).toBe(200);
      workers.push(await WorkerProcess.start(stack.config));
      const calls = await runCalls(stack, 3);
      await waitForDeliveries(stack, webhook.id, 3, 'held');

      // Paused: the worker holding nothing but waiting workflows dies; another takes over.
      await workers[workers.length - 1].crash();
      workers.push(await WorkerProcess.start(stack.config));
      expect((await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}/resume`, { body: {} })).status).toBe(200);

      // Draining: the worker dies with deliveries in flight to a slow receiver.
      await own.waitForRequests(2);
      await workers[workers.length - 1].crash();
      workers.push(await WorkerProcess.start(stack.config));

      const delivered = await waitForDeliveries(stack, webhook.id, calls.length * CALL_EVENTS.length);
      // Each event went out under one webhook-id only (an attempt cut off by a kill may repeat, under the same id).
      const ids = new Set(own.requests.map((r) => r.headers['webhook-id']));
      expect([...ids].sort()).toEqual(delivered.map((d) => d.id).sort());
      const byCall = eventsByCall(distinctDeliveries(own.requests));
      for (const callId of calls) expect(byCall.get(callId)).toEqual(CALL_EVENTS);
    } finally {
      await own.close();
    }
  });
});
