import { WorkflowUpdateFailedError } from '@temporalio/client';
import { enrichmentSignal, postCallUpdate } from '../../src/shared/messages';
import { Receiver } from '../support/receiver';
import { useStackAndReceiver, uniqueName, type TestStack } from '../support/stack';
import { callHandle, sendEvent, subscribe, typesFor, waitFor, waitForClose, waitForType } from './lifecycle-support';

describe('call lifecycle: max length, post-call updates and window, delivery ordering', () => {
  let stack: TestStack;
  let receiver: Receiver;
  useStackAndReceiver({ CALL_MAX_DURATION_SECONDS: '4', POST_CALL_WINDOW_SECONDS: '3' }, async (s, r) => {
    stack = s;
    receiver = r;
    await subscribe(stack, receiver, ['call.incoming', 'call.connected', 'call.hangup', 'call.converted', 'call.completed', 'call.updated']);
  });

  it('ends a call that never hangs up when the maximum call length is reached, then closes it after the window', async () => {
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: '+15553330001' });
    await sendEvent(stack, callId, 'connected');
    expect(await waitForType(receiver, callId, 'call.completed')).toEqual(['call.incoming', 'call.connected', 'call.hangup', 'call.completed']);
    await waitForClose(stack, callId);
    const row = await waitFor('the closed index row', async () => {
      const res = await stack.request(`/api/v1/calls/${callId}`);
      return res.body.closed_at ? res.body : undefined;
    });
    expect(row).toMatchObject({ status: 'completed', hangup_cause: 'max_call_length' });
  });

  it('applies post-call updates via the Temporal client: queued while live, applied at completion, window closed after', async () => {
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: '+15553330002' });
    const handle = callHandle(stack, callId);
    const change = { request_id: 'req_1', webhook_id: 'inc_1', transaction_id: 'tx-1', revenue_paid_out: 12.5, add: { SCORE: '9' } };

    // Before completion updates are queued, in order; a repeated transaction is still a duplicate.
    expect(await handle.executeUpdate(postCallUpdate, { args: [change] })).toEqual({ result: 'queued', duplicate: false });
    expect(await handle.executeUpdate(postCallUpdate, { args: [change] })).toEqual({ result: 'applied', duplicate: true, emitted: [] });
    expect(await handle.executeUpdate(postCallUpdate, { args: [{ request_id: 'req_2', webhook_id: 'inc_1', converted: true }] })).toEqual({ result: 'queued', duplicate: false });
    expect(await handle.executeUpdate(postCallUpdate, { args: [{ request_id: 'req_3', webhook_id: 'inc_1', converted: true, reason: 'sold' }] })).toEqual({ result: 'queued', duplicate: false });
    // Malformed changes, and payout facts before completion, are rejected by the validator before they reach the history.
    await expect(handle.executeUpdate(postCallUpdate, { args: [{ request_id: 'req_4', webhook_id: 'inc_1', revenue_paid_out: -1 }] })).rejects.toThrow(WorkflowUpdateFailedError);
    await expect(handle.executeUpdate(postCallUpdate, { args: [{ request_id: 'req_4', webhook_id: 'inc_1', publisher_paid_out: 3 }] })).rejects.toThrow(WorkflowUpdateFailedError);

    // Enrichment pushed by the ingress lands in the tags at once; the queued updates wait.
    await handle.signal(enrichmentSignal, { webhook_id: 'inc_2', request_id: 'req_5', received_at: new Date().toISOString(), data: { HOMEOWNER: 'yes' }, expires_at: new Date(Date.now() + 60_000).toISOString() });
    const live = await waitFor('tags on the live call', async () => {
      const res = await stack.request(`/api/v1/calls/${callId}`);
      return res.body.tags?.HOMEOWNER ? res.body : undefined;
    });
    expect(live).toMatchObject({ converted: false, tags: { HOMEOWNER: 'yes' } });
    expect(live.tags.SCORE).toBeUndefined();

    // Keep the workflow open past the window with a slow delivery of the update below.
    const slow = await Receiver.start({ status: 200, body: '{}', delayMs: 30_000 });
    try {
      await sendEvent(stack, callId, 'hangup');
      await waitForType(receiver, callId, 'call.completed');
      const completed = await waitFor('the queued updates applied', async () => {
        const res = await stack.request(`/api/v1/calls/${callId}`);
        return res.body.reason === 'sold' ? res.body : undefined;
      });
      expect(completed).toMatchObject({ converted: true, revenue_paid_out: 12.5, tags: { SCORE: '9', HOMEOWNER: 'yes' } });
      await subscribe(stack, slow, ['call.updated'], { timeout_ms: 60_000 });
      expect(await handle.executeUpdate(postCallUpdate, { args: [{ request_id: 'req_6', webhook_id: 'inc_1', remove: ['SCORE'] }] })).toEqual({ result: 'applied', duplicate: false, emitted: ['call.updated'] });
      await slow.waitForRequests(1);
      await waitFor('the window to close', async () => ((await stack.request(`/api/v1/calls/${callId}`)).body.closed_at ? true : undefined));
      expect(await handle.executeUpdate(postCallUpdate, { args: [{ request_id: 'req_7', webhook_id: 'inc_1', revenue_paid_out: 1 }] })).toEqual({ result: 'window_closed' });
    } finally {
      await slow.close();
    }
    expect(typesFor(receiver, callId)).toEqual(['call.incoming', 'call.hangup', 'call.completed', 'call.updated', 'call.converted', 'call.updated', 'call.updated']);
  });

  it('delivers one call’s events to a slow webhook in order while a fast webhook runs ahead in parallel', async () => {
    const slow = await Receiver.start({ status: 200, body: '{}', delayMs: 2000 });
    const fast = await Receiver.start();
    try {
      const types = ['call.incoming', 'call.connected', 'call.hangup', 'call.completed'];
      await subscribe(stack, slow, types, { timeout_ms: 30_000 });
      await subscribe(stack, fast, types);
      const callId = uniqueName('call');
      await sendEvent(stack, callId, 'incoming', { from: '+15553330003' });
      await sendEvent(stack, callId, 'connected');
      await sendEvent(stack, callId, 'hangup');

      await waitForType(fast, callId, 'call.completed');
      expect(typesFor(fast, callId)).toEqual(types);
      // Across webhooks: the fast one finished while the slow one was still working through its queue.
      expect(typesFor(slow, callId).length).toBeLessThan(4);

      await waitForType(slow, callId, 'call.completed');
      expect(typesFor(slow, callId)).toEqual(types);
      // Per webhook: each request went out only after the previous one was answered (a causal lower bound).
      const arrivals = slow.requests.filter((r) => JSON.parse(r.body).call === callId).map((r) => r.at);
      for (let i = 1; i < arrivals.length; i++) expect(arrivals[i] - arrivals[i - 1]).toBeGreaterThanOrEqual(1900);
    } finally {
      await slow.close();
      await fast.close();
    }
  });
});
