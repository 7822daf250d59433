import { initialCallState, reduceCall, type CallState, type Step } from '../../../src/shared/call-state';
import type { PlatformEvent, PostCallChange } from '../../../src/shared/messages';

// Every row of the call's transition table (src/shared/call-state.ts), run on the pure reducer: no server.

const T0 = '2030-01-01T00:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();
let ids = 0;
const event = (type: PlatformEvent['type'], seconds = 0, call: PlatformEvent['call'] = {}): PlatformEvent => ({ type, event_id: `e${++ids}`, occurred_at: at(seconds), received_at: at(seconds), call });
const change = (fields: Partial<PostCallChange>): PostCallChange => ({ request_id: `req_${++ids}`, webhook_id: 'iwh_1', ...fields });

/** A call brought to a state by platform events (and, where asked, queuing live updates). */
function callAfter(types: PlatformEvent['type'][], options: { queues?: boolean; call?: PlatformEvent['call'] } = {}): CallState {
  const state = { ...initialCallState('org_1', 'call_1'), ...(options.queues && { queuesLiveUpdates: true }) };
  types.forEach((type, i) => reduceCall(state, { kind: 'platform', event: event(type, i * 10, i === 0 ? options.call : {}) }));
  return state;
}
const outcome = (step: Step) => [step.verdict, step.emissions.map((e) => e.type), step.reason ?? null];

describe('platform events, by the state they meet', () => {
  it.each([
    // [history, event, verdict, emissions, reason]
    [[], 'incoming', 'applied', ['call.incoming'], null],
    [['incoming'], 'incoming', 'ignored', [], 'the call was already received'],
    [['hangup'], 'incoming', 'ignored', [], `the call had already ended at ${at(0)}`],
    [[], 'connected', 'applied', ['call.incoming', 'call.connected'], null],
    [['incoming'], 'connected', 'applied', ['call.connected'], null],
    [['connected'], 'connected', 'ignored', [], 'the call was already connected'],
    [['failure'], 'connected', 'ignored', [], `the call had already ended at ${at(0)}`],
    [[], 'hangup', 'applied', ['call.incoming', 'call.hangup', 'call.completed'], null],
    [['connected'], 'hangup', 'applied', ['call.hangup', 'call.completed'], null],
    [['connected', 'hangup'], 'hangup', 'ignored', [], `the call had already ended at ${at(10)}`],
    [['incoming'], 'failure', 'applied', ['call.failure', 'call.completed'], null],
    [[], 'failure', 'applied', ['call.incoming', 'call.failure', 'call.completed'], null],
    [['connected'], 'failure', 'ignored', [], 'the call was connected; a failure applies only before connect'],
    [['hangup'], 'failure', 'ignored', [], `the call had already ended at ${at(0)}`],
    // A conversion is not a sign the call rang: it emits no call.incoming.
    [[], 'converted', 'applied', ['call.converted'], null],
    [['connected'], 'converted', 'applied', ['call.converted'], null],
    [['hangup'], 'converted', 'applied', ['call.converted'], null],
  ] as Array<[PlatformEvent['type'][], PlatformEvent['type'], Step['verdict'], string[], string | null]>)('after %j, %s is %s %j', (history, type, verdict, emissions, reason) => {
    const state = callAfter(history);
    expect(outcome(reduceCall(state, { kind: 'platform', event: event(type, 60) }))).toEqual([verdict, emissions, reason]);
  });

  it('a second conversion, and one after the post-call window closed, are ignored', () => {
    const state = callAfter(['connected', 'converted']);
    expect(outcome(reduceCall(state, { kind: 'platform', event: event('converted', 20) }))).toEqual(['ignored', [], `the call was already converted at ${at(10)}`]);
    const closed = callAfter(['hangup']);
    reduceCall(closed, { kind: 'window_closed', at: at(3600) });
    expect(outcome(reduceCall(closed, { kind: 'platform', event: event('converted', 3700) }))).toEqual(['ignored', [], 'the post-call window had closed']);
  });

  it('an event id seen before is a duplicate, whatever the state', () => {
    const state = callAfter([]);
    const connected = event('connected', 1);
    reduceCall(state, { kind: 'platform', event: connected });
    expect(outcome(reduceCall(state, { kind: 'platform', event: connected }))).toEqual(['duplicate', [], `event ${connected.event_id} was already received`]);
  });

  it('a hangup after the buyer’s duration converts the call, between call.hangup and call.completed', () => {
    const state = callAfter(['connected'], { call: { conversion_duration_seconds: 30 } });
    expect(outcome(reduceCall(state, { kind: 'platform', event: event('hangup', 45) }))).toEqual(['applied', ['call.hangup', 'call.converted', 'call.completed'], null]);
    expect(state.call).toMatchObject({ status: 'completed', converted: true, duration: 45 });
    const short = callAfter(['connected'], { call: { conversion_duration_seconds: 30 } });
    expect(outcome(reduceCall(short, { kind: 'platform', event: event('hangup', 20) }))).toEqual(['applied', ['call.hangup', 'call.completed'], null]);
  });
});

describe('timers', () => {
  it('a duration mark goes out once, and only while connected', () => {
    const state = callAfter(['connected']);
    expect(outcome(reduceCall(state, { kind: 'mark', seconds: 5, at: at(5) }))).toEqual(['applied', ['call.on_5_secs_mark'], null]);
    expect(outcome(reduceCall(state, { kind: 'mark', seconds: 5, at: at(6) }))).toEqual(['ignored', [], 'the 5 s mark was already emitted']);
    reduceCall(state, { kind: 'platform', event: event('hangup', 10) });
    expect(outcome(reduceCall(state, { kind: 'mark', seconds: 15, at: at(15) }))).toEqual(['ignored', [], 'the call is completed, no longer connected']);
  });

  it('the maximum length hangs a live call up, and does nothing to an ended one', () => {
    const state = callAfter(['connected']);
    expect(outcome(reduceCall(state, { kind: 'max_length', at: at(7200) }))).toEqual(['applied', ['call.hangup', 'call.completed'], null]);
    expect(state.call.hangup_cause).toBe('max_call_length');
    expect(outcome(reduceCall(state, { kind: 'max_length', at: at(7300) }))).toEqual(['ignored', [], 'the call had already ended']);
  });

  it('completion opens the post-call window, its timer closes it, a late update reopens it', () => {
    const state = callAfter(['hangup']);
    reduceCall(state, { kind: 'completed', at: at(1), windowEndsAt: at(3601) });
    expect(state).toMatchObject({ completedAt: at(1), postCallWindowEndsAt: at(3601) });
    reduceCall(state, { kind: 'window_closed', at: at(3601) });
    expect(state.closedAt).toBe(at(3601));
    reduceCall(state, { kind: 'reopened', at: at(9000), windowEndsAt: at(12600) });
    expect(state).toMatchObject({ closedAt: undefined, postCallWindowEndsAt: at(12600), reopenings: 1 });
  });
});

describe('post-call changes', () => {
  it('queued on a live call that queues them, applied at once on a completed one', () => {
    const live = callAfter(['connected'], { queues: true });
    expect(outcome(reduceCall(live, { kind: 'post_call', change: change({ reason: 'qualified' }), at: at(20) }))).toEqual(['queued', [], 'the call is connected; applied when it completes']);
    const done = callAfter(['connected', 'hangup'], { queues: true });
    expect(outcome(reduceCall(done, { kind: 'post_call', change: change({ reason: 'qualified' }), at: at(20) }))).toEqual(['applied', ['call.updated'], null]);
  });

  it('the first conversion emits call.converted, later changes call.updated each with its own number', () => {
    const state = callAfter(['connected', 'hangup'], { queues: true });
    expect(outcome(reduceCall(state, { kind: 'post_call', change: change({ converted: true, revenue_paid_out: 12 }), at: at(30) }))).toEqual(['applied', ['call.converted'], null]);
    const first = reduceCall(state, { kind: 'post_call', change: change({ revenue_paid_out: 15 }), at: at(40) });
    const second = reduceCall(state, { kind: 'post_call', change: change({ no_payout_reason: 'Caps exceeded' }), at: at(50) });
    expect([first, second].map((s) => s.emissions.map((e) => [e.type, e.update]))).toEqual([[['call.updated', 1]], [['call.updated', 2]]]);
    expect(outcome(reduceCall(state, { kind: 'post_call', change: change({ no_payout_reason: null }), at: at(60) }))).toEqual(['applied', ['call.updated'], null]);
    expect(state.call.no_payout_reason).toBeUndefined();
  });

  it('a change that changes nothing emits nothing; tags added or removed are a change', () => {
    const state = callAfter(['hangup'], { queues: true });
    reduceCall(state, { kind: 'post_call', change: change({ reason: 'same' }), at: at(10) });
    expect(outcome(reduceCall(state, { kind: 'post_call', change: change({ reason: 'same' }), at: at(20) }))).toEqual(['applied', [], null]);
    const tagged = reduceCall(state, { kind: 'post_call', change: change({ add: { homeowner: 'yes' } }), at: at(30) });
    expect([tagged.tagsChanged, tagged.emissions.map((e) => e.type)]).toEqual([true, ['call.updated']]);
    const removed = reduceCall(state, { kind: 'post_call', change: change({ remove: ['homeowner'] }), at: at(40) });
    expect([removed.tagsChanged, state.layers.removed]).toEqual([true, ['HOMEOWNER']]);
  });

  it('a transaction id applies once; nothing applies after the window closed', () => {
    const state = callAfter(['hangup'], { queues: true });
    expect(reduceCall(state, { kind: 'post_call', change: change({ transaction_id: 'tx1', revenue_paid_out: 3 }), at: at(10) }).verdict).toBe('applied');
    expect(outcome(reduceCall(state, { kind: 'post_call', change: change({ transaction_id: 'tx1', revenue_paid_out: 3 }), at: at(20) }))).toEqual(['duplicate', [], 'transaction tx1 was already applied']);
    reduceCall(state, { kind: 'window_closed', at: at(3600) });
    expect(outcome(reduceCall(state, { kind: 'post_call', change: change({ revenue_paid_out: 9 }), at: at(3700) }))).toEqual(['ignored', [], 'the post-call window had closed']);
  });
});
