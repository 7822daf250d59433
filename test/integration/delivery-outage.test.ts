import { CALL_EVENTS, createCallWebhook, distinctDeliveries, eventsByCall, runCalls, waitForDeliveries } from '../support/outage';
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
    const webhook = await createCallWebhook(stack, receiver);
    const calls = await runCalls(stack, 3);

    // Each call's first delivery keeps retrying well past the 8 attempts the old default allowed.
    await receiver.waitForRequests(3 * 12, 90_000);
    const pending = (await stack.request(`/api/v1/logs/outgoing?webhook_id=${webhook.id}&status=pending`)).body.data;
    expect(pending).toHaveLength(3);
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
