import { initialCallState, reduceCall } from '../../../src/shared/call-state';
import type { Enrichment, PlatformEvent, PostCallChange } from '../../../src/shared/messages';

const enrichment = (request_id: string, received_at: string, data: Record<string, string>): Enrichment => ({
  webhook_id: 'iwh_1',
  request_id,
  received_at,
  data,
  expires_at: '2030-01-01T00:00:00.000Z',
});

describe('pre-call data on a call', () => {
  it('keeps one copy of a post that arrives both at call start and by signal', () => {
    const state = initialCallState('org_1', 'call_1');
    expect(reduceCall(state, { kind: 'enrichment', enrichments: [enrichment('req_1', '2030-01-01T00:00:01Z', { A: '1' })] }).tagsChanged).toBe(true);
    expect(reduceCall(state, { kind: 'enrichment', enrichments: [enrichment('req_1', '2030-01-01T00:00:01Z', { A: '1', B: '1' })] }).tagsChanged).toBe(false);
    expect(state.layers.incoming_webhook.map((e) => e.request_id)).toEqual(['req_1']);
  });

  it('orders posts by receipt, so a signal overtaken by a later post does not win', () => {
    const state = initialCallState('org_1', 'call_1');
    reduceCall(state, { kind: 'enrichment', enrichments: [enrichment('req_2', '2030-01-01T00:00:02Z', { A: 'later' })] });
    reduceCall(state, { kind: 'enrichment', enrichments: [enrichment('req_1', '2030-01-01T00:00:01Z', { A: 'earlier' })] });
    expect(state.layers.incoming_webhook.map((e) => e.request_id)).toEqual(['req_1', 'req_2']);
  });
});

describe('post-call updates to a live call', () => {
  const event = (type: PlatformEvent['type'], event_id: string, occurred_at: string): PlatformEvent => ({ type, event_id, occurred_at, received_at: occurred_at, call: {} });
  const change = (request_id: string, fields: Partial<PostCallChange>): PostCallChange => ({ request_id, webhook_id: 'iwh_1', ...fields });

  it('queues them while the call is live and applies them in order after call.completed', () => {
    const state = { ...initialCallState('org_1', 'call_1'), queuesLiveUpdates: true };
    reduceCall(state, { kind: 'platform', event: event('connected', 'e1', '2030-01-01T00:00:00Z') });
    expect(reduceCall(state, { kind: 'post_call', change: change('req_1', { converted: true, revenue_paid_out: 10 }), at: '2030-01-01T00:00:05Z' }).verdict).toBe('queued');
    expect(reduceCall(state, { kind: 'post_call', change: change('req_2', { reason: 'qualified' }), at: '2030-01-01T00:00:06Z' }).verdict).toBe('queued');
    const ended = reduceCall(state, { kind: 'platform', event: event('hangup', 'e2', '2030-01-01T00:01:00Z') });
    expect(ended.emissions.map((e) => e.type)).toEqual(['call.hangup', 'call.completed', 'call.converted', 'call.updated']);
    // Emitted at completion; the conversion time is when the buyer said so.
    expect(ended.emissions[2]).toMatchObject({ occurred_at: '2030-01-01T00:01:00Z', call: { call_converted_at: '2030-01-01T00:00:05Z', revenue_paid_out: 10 } });
    expect(state.queuedUpdates).toEqual([]);
  });

  it('applies them at once on calls started before queueing (replayed histories keep their behaviour)', () => {
    const state = initialCallState('org_1', 'call_1');
    reduceCall(state, { kind: 'platform', event: event('connected', 'e1', '2030-01-01T00:00:00Z') });
    expect(reduceCall(state, { kind: 'post_call', change: change('req_1', { converted: true }), at: '2030-01-01T00:00:05Z' }).emissions.map((e) => e.type)).toEqual(['call.converted']);
  });
});

describe('a reopened call', () => {
  it('takes updates again after its window closed, converting at most once', () => {
    const state = { ...initialCallState('org_1', 'call_1'), queuesLiveUpdates: true };
    reduceCall(state, { kind: 'platform', event: { type: 'hangup', event_id: 'e1', occurred_at: '2030-01-01T00:00:00Z', received_at: '2030-01-01T00:00:00Z', call: {} } });
    reduceCall(state, { kind: 'post_call', change: { request_id: 'req_1', webhook_id: 'iwh_1', converted: true }, at: '2030-01-01T00:00:01Z' });
    reduceCall(state, { kind: 'window_closed', at: '2030-01-01T01:00:00Z' });
    expect(reduceCall(state, { kind: 'post_call', change: { request_id: 'req_2', webhook_id: 'iwh_1', revenue_paid_out: 5 }, at: '2030-01-03T00:00:00Z' }).verdict).toBe('ignored');
    reduceCall(state, { kind: 'reopened', at: '2030-01-03T00:00:00Z', windowEndsAt: '2030-01-03T01:00:00Z' });
    const again = reduceCall(state, { kind: 'post_call', change: { request_id: 'req_3', webhook_id: 'iwh_1', converted: true, revenue_paid_out: 5 }, at: '2030-01-03T00:00:01Z' });
    expect(again.emissions.map((e) => e.type)).toEqual(['call.updated']);
    expect(state).toMatchObject({ reopenings: 1, closedAt: undefined, postCallWindowEndsAt: '2030-01-03T01:00:00Z' });
  });
});
