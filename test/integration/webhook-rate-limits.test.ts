import * as webhookHealth from '../../src/db/repositories/webhook-health';
import { paceDelivery } from '../../src/delivery/pacing';
import { waitFor } from './lifecycle-support';
import { createCallWebhook, distinctDeliveries, eventsByCall, runCalls, waitForDeliveries, waitForHealth } from '../support/outage';
import type { ReceivedRequest } from '../support/receiver';
import { Receiver } from '../support/receiver';
import { useStackAndReceiver, type TestStack } from '../support/stack';

/** How much later than its slot a send may reach the receiver, beyond the others' delay. */
const ARRIVAL_JITTER_MS = 100;

/** The most requests that arrived within any `windowMs`. */
function busiestWindow(requests: ReceivedRequest[], windowMs: number): number {
  const times = requests.map((r) => r.at).sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i] - times[j] >= windowMs) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe('per-webhook rate limits', () => {
  let stack: TestStack;
  let receiver: Receiver;
  useStackAndReceiver({}, (s, r) => {
    stack = s;
    receiver = r;
  });

  it('never exceeds the limit over a burst of 100 calls, and still delivers each call in order', async () => {
    const limit = { requests: 8, per: 'second', burst: 2 };
    const webhook = await createCallWebhook(stack, receiver, { event_types: ['call.incoming', 'call.hangup'], rate_limit: limit });
    expect(webhook.rate_limit).toEqual(limit);
    // Ten platforms reporting ten calls each, all at once.
    const calls = (await Promise.all(Array.from({ length: 10 }, () => runCalls(stack, 10)))).flat();
    // At least 25 s by the limit; far longer when a loaded machine wakes the worker late and slots go unused.
    await waitForDeliveries(stack, webhook.id, 200, 'succeeded', 280_000);

    const received = distinctDeliveries(receiver.requests);
    expect(received).toHaveLength(200);
    const byCall = eventsByCall(received);
    for (const callId of calls) expect(byCall.get(callId)).toEqual(['call.incoming', 'call.hangup']);

    // 8 a second with 2 at once (a bucket of 2 refilled 8 times a second): never more than 10 sent in any second.
    // The receiver sees sends shifted by their own latency, which a loaded machine varies by tens of ms: arrivals
    // can bunch by that much, so the window it checks is a second less that jitter…
    expect(busiestWindow(receiver.requests, 1000 - ARRIVAL_JITTER_MS)).toBeLessThanOrEqual(limit.requests + limit.burst);
    // …and 200 requests take at least (200 - 2) / 8 s, however fast the machine.
    const span = received[received.length - 1].at - received[0].at;
    expect(span).toBeGreaterThanOrEqual(((200 - limit.burst) / limit.requests) * 1000 - 500);
  }, 300_000);

  it('a delivery that wakes late for its slot still sends on it, the next send waiting instead', async () => {
    // A stalled process (CPU quota, a long GC) wakes the delivery far past its slot: it must not give the slot up and
    // queue again (on busy machines that lost most slots and a 100-call burst took minutes).
    const created = await createCallWebhook(stack, receiver, { event_types: ['call.incoming'], rate_limit: { requests: 1, per: 'second', burst: 1 } });
    const webhook = await stack.db.selectFrom('outgoing_webhooks').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    const reservations = jest.spyOn(webhookHealth, 'reserveSendSlot');
    try {
      const first = paceDelivery(stack.db, webhook, null);
      const second = paceDelivery(stack.db, webhook, null);
      await waitFor('both slots reserved', async () => reservations.mock.results.length === 2);
      const [slotA, slotB] = await Promise.all(reservations.mock.results.map((r) => r.value));
      expect(slotA.granted && slotB.granted).toBe(true);
      expect(await first).toEqual({ go: true });
      // The second slot is about a second out; hold the event loop until well past it.
      const until = slotB.at + 400;
      while (Date.now() < until) { /* a stalled process */ }
      expect(await second).toEqual({ go: true });
      expect(reservations).toHaveBeenCalledTimes(2);
      // The next request conforms only an interval after the late one left, whenever its slot was.
      const claim = await webhookHealth.claimSend(stack.db, webhook, 1100, 0);
      expect(claim.granted).toBe(false);
    } finally {
      reservations.mockRestore();
    }
  });

  it('a 429 slows the whole endpoint down for its Retry-After instead of burning retries', async () => {
    const own = await Receiver.start();
    try {
      // Two attempts only: had the 429s counted, the delivery would have spent its schedule.
      const webhook = await createCallWebhook(stack, own, { event_types: ['call.incoming'], retry: { max_attempts: 2, initial_interval_seconds: 0.2, backoff_coefficient: 1, max_interval_seconds: 1 } });
      own.reply({ status: 429, headers: { 'retry-after': '1' } }, { status: 429, headers: { 'retry-after': '1' } }, { status: 429, headers: { 'retry-after': '2' } });
      const [first] = await runCalls(stack, 1);
      await own.waitForRequests(3);
      // Another call now must wait out the endpoint's last Retry-After too.
      const [second] = await runCalls(stack, 1);
      const [delivered, later] = await waitForDeliveries(stack, webhook.id, 2);
      expect([delivered, later].map((d) => d.call_id).sort()).toEqual([first, second].sort());
      const firstDelivery = [delivered, later].find((d) => d.call_id === first);
      expect(firstDelivery).toMatchObject({ status: 'succeeded', attempts_count: 4 });

      const at = own.requests.map((r) => r.at);
      expect(at[1] - at[0]).toBeGreaterThanOrEqual(1000);
      expect(at[2] - at[1]).toBeGreaterThanOrEqual(1000);
      expect(Math.min(...at.slice(3)) - at[2]).toBeGreaterThanOrEqual(2000);
      const { health } = await waitForHealth(stack, webhook.id, () => true);
      expect(health).toMatchObject({ state: 'healthy', consecutive_failures: 0 });
    } finally {
      await own.close();
    }
  });
});
