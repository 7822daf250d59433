import { CALL_EVENTS, createCallWebhook, distinctDeliveries, eventsByCall, QUICK_PAUSE, runCalls, waitForDeliveries, waitForHealth } from '../support/outage';
import { Receiver } from '../support/receiver';
import { useStackAndReceiver, type TestStack } from '../support/stack';

describe('a receiver that is down for a long time', () => {
  let stack: TestStack;
  let receiver: Receiver;
  useStackAndReceiver({}, (s, r) => {
    stack = s;
    receiver = r;
  });

  it('loses nothing past the old 8-attempt horizon and gets every call’s events once each, in order, after it recovers', async () => {
    receiver.setDefaultReply({ status: 503, body: 'down for maintenance' });
    // Never paused here: this is about the retry schedule alone.
    const webhook = await createCallWebhook(stack, receiver, { health_policy: { failing_after: 1000, pause_after: 1000 } });
    const calls = await runCalls(stack, 3);

    // Each call's first delivery keeps retrying well past the 8 attempts the old default allowed.
    await receiver.waitForRequests(3 * 12, 90_000);
    const logged = (await stack.request(`/api/v1/logs/outgoing?webhook_id=${webhook.id}&status=pending`)).body.data;
    // The later events are logged as queued behind each call's first delivery, never attempted.
    const pending = logged.filter((d: any) => d.attempts_count > 0);
    expect(pending).toHaveLength(3);
    const queued = logged.filter((d: any) => d.attempts_count === 0);
    expect(queued).toHaveLength(6);
    expect(queued.every((d: any) => d.queued_behind?.event_type === 'call.incoming' && d.event_type !== 'call.incoming')).toBe(true);
    for (const delivery of pending) {
      expect(delivery.event_type).toBe('call.incoming');
      expect(Date.parse(delivery.next_attempt_at)).toBeGreaterThan(Date.parse(delivery.updated_at) - 1000);
    }

    const downFor = receiver.requests.length;
    receiver.setDefaultReply({ status: 200, body: '{"ok":true}' });
    const delivered = await waitForDeliveries(stack, webhook.id, calls.length * CALL_EVENTS.length);
    expect(delivered.every((d) => d.next_attempt_at === null)).toBe(true);
    expect(Math.max(...delivered.map((d) => d.attempts_count))).toBeGreaterThan(8);

    const answered = receiver.requests.slice(downFor);
    expect(distinctDeliveries(answered)).toHaveLength(answered.length);
    const byCall = eventsByCall(answered);
    for (const callId of calls) expect(byCall.get(callId)).toEqual(CALL_EVENTS);
  });
});

describe('pausing a webhook', () => {
  let stack: TestStack;
  let receiver: Receiver;
  useStackAndReceiver({}, (s, r) => {
    stack = s;
    receiver = r;
  });

  it('pauses after the configured failures, holds new deliveries unattempted, probes, and drains in order once the receiver answers', async () => {
    receiver.setDefaultReply({ status: 503, body: 'down' });
    const webhook = await createCallWebhook(stack, receiver, { health_policy: QUICK_PAUSE });
    const early = await runCalls(stack, 2);

    const paused = await waitForHealth(stack, webhook.id, (h) => h.state === 'paused');
    expect(paused.health).toMatchObject({ paused_reason: 'failures', consecutive_failures: expect.any(Number), last_error: expect.stringMatching(/HTTP 503/) });
    expect(paused.health.consecutive_failures).toBeGreaterThanOrEqual(4);

    const late = await runCalls(stack, 2);
    // Every call's first delivery ends up held; the ones made while paused never get an attempt.
    const held = await waitForDeliveries(stack, webhook.id, 4, 'held');
    const lateHeld = held.filter((d) => late.includes(d.call_id));
    expect(lateHeld).toHaveLength(2);
    expect(lateHeld.every((d) => d.attempts_count === 0 && d.event_type === 'call.incoming')).toBe(true);
    // Pending counts each call's held head and the two events queued behind it (once the calls emitted them).
    await waitForHealth(stack, webhook.id, (h) => h.pending === 4 * CALL_EVENTS.length);

    // While paused, only the probe reaches the receiver: the delivery held longest, again and again.
    const pausedAt = receiver.requests.length;
    await receiver.waitForRequests(pausedAt + 2);
    const probes = new Set(receiver.requests.slice(pausedAt).map((r) => r.headers['webhook-id']));
    expect(probes.size).toBe(1);

    const downFor = receiver.requests.length;
    receiver.setDefaultReply({ status: 200, body: '{"ok":true}' });
    await waitForDeliveries(stack, webhook.id, 4 * CALL_EVENTS.length);
    const recovered = await waitForHealth(stack, webhook.id, (h) => h.state === 'healthy');
    expect(recovered.health).toMatchObject({ consecutive_failures: 0, pending: 0, paused_reason: null });

    const answered = distinctDeliveries(receiver.requests.slice(downFor));
    const byCall = eventsByCall(answered);
    for (const callId of [...early, ...late]) expect(byCall.get(callId)).toEqual(CALL_EVENTS);
  });

  it('holds everything while paused by hand, with no probe, and drains in per-call order on resume', async () => {
    const own = await Receiver.start();
    try {
      const webhook = await createCallWebhook(stack, own);
      const pause = await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}/pause`, { method: 'POST' });
      expect(pause.status).toBe(200);
      expect(pause.body.health).toMatchObject({ state: 'paused', paused_reason: 'manual', next_probe_at: null });

      const calls = await runCalls(stack, 3);
      await waitForDeliveries(stack, webhook.id, 3, 'held');
      expect(own.requests).toHaveLength(0);

      const resume = await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}/resume`, { body: {} });
      expect(resume.status).toBe(200);
      expect(resume.body).toMatchObject({ discarded: 0, health: { state: 'healthy' } });
      await waitForDeliveries(stack, webhook.id, calls.length * CALL_EVENTS.length);
      expect(distinctDeliveries(own.requests)).toHaveLength(own.requests.length);
      const byCall = eventsByCall(own.requests);
      for (const callId of calls) expect(byCall.get(callId)).toEqual(CALL_EVENTS);
    } finally {
      await own.close();
    }
  });

  it('resume with discard_pending fails the backlog without sending it; deleting a paused webhook fails what it held', async () => {
    const own = await Receiver.start();
    try {
      const discarding = await createCallWebhook(stack, own, { event_types: ['call.incoming'], url: `${own.url}/discarding` });
      await stack.request(`/api/v1/outgoing-webhooks/${discarding.id}/pause`, { method: 'POST' });
      await runCalls(stack, 2);
      await waitForDeliveries(stack, discarding.id, 2, 'held');
      const resume = await stack.request(`/api/v1/outgoing-webhooks/${discarding.id}/resume`, { body: { discard_pending: true } });
      expect(resume.body).toMatchObject({ discarded: 2, health: { state: 'healthy', pending: 0 } });
      const failed = await waitForDeliveries(stack, discarding.id, 2, 'failed');
      expect(failed.every((d) => d.error === 'discarded by an operator' && d.attempts_count === 0)).toBe(true);

      const deleting = await createCallWebhook(stack, own, { event_types: ['call.incoming'], url: `${own.url}/deleting` });
      await stack.request(`/api/v1/outgoing-webhooks/${deleting.id}/pause`, { method: 'POST' });
      await runCalls(stack, 1);
      await waitForDeliveries(stack, deleting.id, 1, 'held');
      expect((await stack.request(`/api/v1/outgoing-webhooks/${deleting.id}`, { method: 'DELETE' })).status).toBe(204);
      const [gone] = await waitForDeliveries(stack, deleting.id, 1, 'failed');
      expect(gone).toMatchObject({ error: 'webhook was deleted', attempts_count: 0 });
      // The discarded webhook, healthy again, got the later call; neither got anything held.
      expect(own.requests.map((r) => r.url)).toEqual(['/discarding']);
    } finally {
      await own.close();
    }
  });

  it('refuses thresholds that contradict each other (422 naming the field), and pausing an unknown or disabled webhook', async () => {
    const contradictory = await stack.request('/api/v1/outgoing-webhooks', {
      body: { name: 'x', event_types: ['call.incoming'], url: `${receiver.url}/x`, body_template: '{}', health_policy: { failing_after: 10, pause_after: 3 } },
    });
    expect(contradictory.status).toBe(422);
    expect(contradictory.body.errors).toEqual([expect.objectContaining({ path: 'body.health_policy.pause_after' })]);

    expect((await stack.request('/api/v1/outgoing-webhooks/whk_missing/pause', { method: 'POST' })).status).toBe(404);
    const off = await createCallWebhook(stack, receiver, { enabled: false });
    const res = await stack.request(`/api/v1/outgoing-webhooks/${off.id}/pause`, { method: 'POST' });
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/disabled/);
  });
});
