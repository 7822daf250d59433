import { initialCallState, reduceCall } from '../../../src/shared/call-state';
import type { Enrichment } from '../../../src/shared/messages';

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
