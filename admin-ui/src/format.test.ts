import { describe, expect, it } from 'vitest';
import { bucketLabel, describeLifespan, displayZoneName, eventTypeLabel, formatPercent, insertAt, isoToLocal, localToIso, prettyJson, setDisplayTimeZone, toTagName } from './format';

describe('format helpers', () => {
  it('inserts a token at the cursor, replacing the selection', () => {
    expect(insertAt('{"a": ""}', '[CALL_ID]', 7, 7)).toEqual({ value: '{"a": "[CALL_ID]"}', caret: 16 });
    expect(insertAt('hello world', '[FROM]', 6, 11)).toEqual({ value: 'hello [FROM]', caret: 12 });
    expect(insertAt('x', '[TO]', 99, 99)).toEqual({ value: 'x[TO]', caret: 5 });
  });

  it('names event types in plain words', () => {
    expect(eventTypeLabel('call.incoming')).toBe('On incoming call');
    expect(eventTypeLabel('call.hangup')).toBe('On hangup');
    expect(eventTypeLabel('call.on_15_secs_mark')).toBe('On 15 seconds mark');
  });

  it('writes shares and bucket spans for the overview', () => {
    expect(formatPercent(0.987)).toBe('98.7 %');
    expect(formatPercent(1)).toBe('100 %');
    expect(formatPercent(null)).toBe('—');
    expect([60, 900, 3600].map(bucketLabel)).toEqual(['minute', '15 minutes', 'hour']);
  });

  it('describes lifespans', () => {
    expect(describeLifespan(3600)).toBe('1 hour');
    expect(describeLifespan(7200)).toBe('2 hours');
    expect(describeLifespan(90)).toBe('90 seconds');
  });

  it('upper-snakes tag names', () => {
    expect(toTagName('home owner')).toBe('HOME_OWNER');
    expect(toTagName('credit-score')).toBe('CREDIT_SCORE');
  });

  it('pretty-prints JSON strings and leaves other text alone', () => {
    expect(prettyJson('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyJson('not json')).toBe('not json');
    expect(prettyJson({ b: true })).toBe('{\n  "b": true\n}');
  });

  it('reads a typed date filter as a wall time in the organization’s zone, across DST changes', () => {
    setDisplayTimeZone('America/New_York');
    try {
      expect(displayZoneName()).toBe('America/New_York');
      expect(localToIso('2026-01-15T09:30')).toBe('2026-01-15T14:30:00.000Z');
      expect(localToIso('2026-07-15T09:30')).toBe('2026-07-15T13:30:00.000Z');
      // The first hour after the spring-forward change.
      expect(localToIso('2026-03-08T03:30')).toBe('2026-03-08T07:30:00.000Z');
      expect(isoToLocal(Date.parse('2026-07-15T13:30:00Z'))).toBe('2026-07-15T09:30');
      expect(localToIso('')).toBeUndefined();
      setDisplayTimeZone('Asia/Kolkata');
      expect(localToIso('2026-01-15T09:30')).toBe('2026-01-15T04:00:00.000Z');
    } finally {
      setDisplayTimeZone(undefined);
    }
  });
});
