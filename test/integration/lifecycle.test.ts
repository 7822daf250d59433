import { CALL_EVENT_TYPES } from '../../src/shared/call';
import { Receiver } from '../support/receiver';
import { useStackAndReceiver, uniqueName, type TestStack } from '../support/stack';
import { sendEvent, subscribe, typesFor, waitForType } from './lifecycle-support';

const T0 = Date.parse('2030-01-01T10:00:00Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

describe('call lifecycle: what each call emits', () => {
  let stack: TestStack;
  let receiver: Receiver;
  useStackAndReceiver({ POST_CALL_WINDOW_SECONDS: '600' }, async (s, r) => {
    stack = s;
    receiver = r;
    await subscribe(stack, receiver, [...CALL_EVENT_TYPES]);
  });

  it('emits incoming, connected, the 5 s mark while connected, hangup, converted by rule, then completed — and no later mark', async () => {
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: '+15551230001', conversion_duration_seconds: 30 }, { occurred_at: at(0) });
    await sendEvent(stack, callId, 'connected', {}, { occurred_at: at(2) });
    await waitForType(receiver, callId, 'call.on_5_secs_mark');
    await sendEvent(stack, callId, 'hangup', { duration: 40 }, { occurred_at: at(42) });
    await waitForType(receiver, callId, 'call.completed');
    // Give a wrongly surviving 15 s mark timer every chance to fire before checking it did not.
    const other = uniqueName('call');
    await sendEvent(stack, other, 'incoming', { from: '+15551230002' });
    await sendEvent(stack, other, 'connected');
    await waitForType(receiver, other, 'call.on_15_secs_mark');
    expect(typesFor(receiver, callId)).toEqual(['call.incoming', 'call.connected', 'call.on_5_secs_mark', 'call.hangup', 'call.converted', 'call.completed']);
    await sendEvent(stack, other, 'hangup');
    await waitForType(receiver, other, 'call.completed');
  });

  it('does not convert by rule when the call was shorter than the rule', async () => {
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: '+15551230003', conversion_duration_seconds: 30 }, { occurred_at: at(0) });
    await sendEvent(stack, callId, 'connected', {}, { occurred_at: at(1) });
    await sendEvent(stack, callId, 'hangup', { duration: 12 }, { occurred_at: at(13) });
    expect(await waitForType(receiver, callId, 'call.completed')).toEqual(['call.incoming', 'call.connected', 'call.hangup', 'call.completed']);
  });

  it('converts explicitly once: a later conversion event and the rule at hangup emit nothing more', async () => {
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: '+15551230004', conversion_duration_seconds: 10 });
    await sendEvent(stack, callId, 'connected');
    await sendEvent(stack, callId, 'converted', { revenue_paid_out: 25 });
    await sendEvent(stack, callId, 'converted', { revenue_paid_out: 25 }, { event_id: 'second-conversion' });
    await sendEvent(stack, callId, 'hangup', { duration: 100 });
    const types = await waitForType(receiver, callId, 'call.completed');
    expect(types.filter((t) => t === 'call.converted')).toHaveLength(1);
    expect(types.indexOf('call.converted')).toBeLessThan(types.indexOf('call.completed'));
    expect(types.slice(-2)).toEqual(['call.hangup', 'call.completed']);
  });

  it('emits failure then completed for a call that could not connect', async () => {
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: '+15551230005' });
    await sendEvent(stack, callId, 'failure', { failure_reason: 'busy' });
    expect(await waitForType(receiver, callId, 'call.completed')).toEqual(['call.incoming', 'call.failure', 'call.completed']);
  });

  it('ignores duplicate event ids and out-of-order events; a hangup without connect still completes', async () => {
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: '+15551230006' }, { event_id: 'evt-1' });
    await sendEvent(stack, callId, 'incoming', { from: '+15551230006' }, { event_id: 'evt-1' });
    await sendEvent(stack, callId, 'hangup', { hangup_cause: 'caller_hangup' }, { event_id: 'evt-2' });
    await sendEvent(stack, callId, 'connected', {}, { event_id: 'evt-3' });
    await sendEvent(stack, callId, 'hangup', {}, { event_id: 'evt-2' });
    expect(await waitForType(receiver, callId, 'call.completed')).toEqual(['call.incoming', 'call.hangup', 'call.completed']);

    const timeline = await stack.request(`/api/v1/calls/${callId}/timeline`);
    expect(timeline.status).toBe(200);
    const titles = timeline.body.entries.map((e: { kind: string; title: string }) => `${e.kind}: ${e.title}`);
    expect(titles).toEqual(
      expect.arrayContaining([
        'event: Received incoming',
        'ignored: Duplicate incoming: event evt-1 was already received',
        'event: Received hangup',
        expect.stringMatching(/^ignored: Ignored connected: the call had already ended/),
        'ignored: Duplicate hangup: event evt-2 was already received',
      ]),
    );
    // And nothing was sent for the ignored connect, even after everything else went out.
    expect(typesFor(receiver, callId)).not.toContain('call.connected');
  });

  it('treats an event for a call first reported as connected as received: incoming goes out first', async () => {
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'connected', { from: '+15551230007' });
    await sendEvent(stack, callId, 'incoming', { from: '+15551230007' });
    await sendEvent(stack, callId, 'hangup');
    expect(await waitForType(receiver, callId, 'call.completed')).toEqual(['call.incoming', 'call.connected', 'call.hangup', 'call.completed']);
  });
});
