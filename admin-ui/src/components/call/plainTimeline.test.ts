import { describe, expect, it } from 'vitest';
import { formatOffset, plainTimeline } from './plainTimeline';

describe('plain timeline', () => {
  it('writes offsets a person reads', () => {
    const t0 = '2026-01-01T00:00:00.000Z';
    expect(formatOffset(t0, '2026-01-01T00:00:06.400Z')).toBe('+6 s');
    expect(formatOffset(t0, '2026-01-01T00:02:05.000Z')).toBe('+2 min 5 s');
    expect(formatOffset(t0, '2026-01-01T01:03:00.000Z')).toBe('+1 h 3 min');
  });

  it('drops timers and plumbing, words events and deliveries, and marks failures', () => {
    const entries = plainTimeline([
      { at: '2026-01-01T00:00:00Z', kind: 'other', title: 'Call workflow started' },
      { at: '2026-01-01T00:00:00Z', kind: 'event', title: 'Received incoming', detail: { emitted: ['call.incoming'] } },
      { at: '2026-01-01T00:00:01Z', kind: 'timer', title: 'max length timer cancelled' },
      { at: '2026-01-01T00:00:01Z', kind: 'delivery', title: 'Delivery of call.incoming to webhook "CRM"' },
      { at: '2026-01-01T00:00:06Z', kind: 'attempt', title: 'call.incoming to webhook "CRM": failed after 8 attempts: CRM answered HTTP 500', detail: { error: 'x' } },
    ]);
    expect(entries.map((e) => [e.offset, e.text, e.tone])).toEqual([
      ['+0 s', 'Call came in', 'info'],
      ['+6 s', 'Sent “call came in” to "CRM": failed after 8 attempts: CRM answered HTTP 500', 'bad'],
    ]);
  });
});
