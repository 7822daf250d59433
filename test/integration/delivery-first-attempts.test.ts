import { activitiesOf, sendEvent, typesFor, waitFor, waitForType } from './lifecycle-support';
import { CALL_EVENTS, createCallWebhook, waitForDeliveries } from '../support/outage';
import { Receiver } from '../support/receiver';
import { startTestStack, uniqueName, type TestStack } from '../support/stack';
import { WorkerProcess } from '../support/worker-process';

// The call step makes each delivery's first attempt itself (docs/delivery-resilience.md, "First attempts"): a
// healthy receiver costs no scheduled activity, a slow one is handed to the delivery activity after a second.

/** A promise the test settles when it lets a held receiver answer. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('first attempts made by the call step', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('delivers a call to a healthy receiver in order, once each, with no scheduled activity and one local activity per event', async () => {
    const receiver = await Receiver.start();
    try {
      const webhook = await createCallWebhook(stack, receiver);
      const callId = uniqueName('call');
      await sendEvent(stack, callId, 'incoming', { from: '+15552010001' });
      await waitForType(receiver, callId, 'call.incoming');
      await sendEvent(stack, callId, 'connected');
      await waitForType(receiver, callId, 'call.connected');
      await sendEvent(stack, callId, 'hangup', { duration: 1 });
      await waitForType(receiver, callId, 'call.hangup');

      expect(typesFor(receiver, callId)).toEqual(CALL_EVENTS);
      const delivered = await waitForDeliveries(stack, webhook.id, 3);
      expect(delivered.map((d) => d.attempts_count)).toEqual([1, 1, 1]);
      // The first step also begins the call (settings, pre-call data, held postbacks): no activity of its own.
      expect(await activitiesOf(stack, callId)).toEqual({ scheduled: [], local: ['recordCallTransition', 'recordCallTransition', 'recordCallTransition'] });
    } finally {
      await receiver.close();
    }
  });

  it('does not let a stuck receiver hold back the other webhooks, and sends it each event once, in order', async () => {
    const stuck = await Receiver.start();
    const quick = await Receiver.start();
    const release = gate();
    try {
      stuck.reply({ status: 200, body: '{"ok":true}', heldUntil: release.opened });
      const slow = await createCallWebhook(stack, stuck, { name: 'slow CRM', timeout_ms: 20_000 });
      await createCallWebhook(stack, quick, { name: 'Slack' });
      const callId = uniqueName('call');
      await sendEvent(stack, callId, 'incoming', { from: '+15552010002' });
      await stuck.waitForRequests(1);

      // The stuck receiver still has `incoming` open while the other webhook gets the next event.
      await sendEvent(stack, callId, 'connected');
      await waitForType(quick, callId, 'call.connected');
      expect(typesFor(stuck, callId)).toEqual(['call.incoming']);

      // The first attempt was handed to the delivery activity, which waits for it rather than sending again.
      const pending = (await waitForDeliveries(stack, slow.id, 2, 'pending')).find((d) => d.event_type === 'call.incoming');
      expect(pending).toMatchObject({ attempts_count: 0 });
      expect(pending.next_attempt_at).not.toBeNull();
      await waitFor('the delivery activity for the stuck receiver', async () => ((await activitiesOf(stack, callId)).scheduled.includes('deliverEvent') ? true : undefined));

      release.open();
      await waitForType(stuck, callId, 'call.connected');
      expect(typesFor(stuck, callId)).toEqual(['call.incoming', 'call.connected']);
      const delivered = await waitForDeliveries(stack, slow.id, 2);
      expect(delivered.map((d) => d.attempts_count)).toEqual([1, 1]);
      // The second event waited for the first one's answer.
      expect(stuck.requests[1].at).toBeGreaterThanOrEqual(stuck.requests[0].at);
    } finally {
      release.open();
      await stuck.close();
      await quick.close();
    }
  });
});

describe('a first attempt handed over, then lost with its worker', () => {
  let stack: TestStack;
  let receiver: Receiver;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    stack = await startTestStack({}, { worker: false });
    receiver = await Receiver.start();
  });
  afterAll(async () => {
    for (const worker of workers) await worker.crash();
    await receiver?.close();
    await stack?.stop();
  });

  it('is made again under the same webhook-id once the wait for it ends', async () => {
    const never = gate();
    receiver.reply({ status: 200, body: '{"ok":true}', heldUntil: never.opened });
    const webhook = await createCallWebhook(stack, receiver, { event_types: ['call.incoming'], timeout_ms: 10_000 });
    workers.push(await WorkerProcess.start(stack.config));
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: '+15552010003' });
    await receiver.waitForRequests(1);
    // Handed over: the row names how long the activity waits for the attempt in flight.
    await waitFor('the hand-over', async () => ((await waitForDeliveries(stack, webhook.id, 1, 'pending'))[0].next_attempt_at ? true : undefined));
    await workers[0].crash();
    workers.push(await WorkerProcess.start(stack.config));

    const [delivered] = await waitForDeliveries(stack, webhook.id, 1);
    expect(delivered).toMatchObject({ call_id: callId, attempts_count: 1, last_status_code: 200 });
    expect(receiver.requests.map((r) => r.headers['webhook-id'])).toEqual([delivered.id, delivered.id]);
    never.open();
  });
});
