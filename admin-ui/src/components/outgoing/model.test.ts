import { describe, expect, it } from 'vitest';
import { applyPreset, EMPTY_OUTGOING, inputFromForm, validateForm } from './model';

describe('outgoing webhook form model', () => {
  it('converts the form to the wire shape', () => {
    const input = inputFromForm({
      ...EMPTY_OUTGOING,
      name: ' Slack ',
      event_types: ['call.incoming'],
      url: 'https://hooks.example.com/x',
      headers: [
        { key: 'X-A', value: '1' },
        { key: ' ', value: 'dropped' },
      ],
      filters: [
        { field: 'campaign_name', op: 'equals', value: 'Solar' },
        { field: 'tags.HOMEOWNER', op: 'exists', value: 'ignored' },
        { field: 'event.type', op: 'in', value: 'call.hangup, call.failure' },
        { field: '', op: 'equals', value: 'dropped' },
      ],
      max_attempts: '3',
    });
    expect(input.name).toBe('Slack');
    expect(input.headers).toEqual({ 'X-A': '1' });
    expect(input.filters).toEqual([
      { field: 'campaign_name', op: 'equals', value: 'Solar' },
      { field: 'tags.HOMEOWNER', op: 'exists' },
      { field: 'event.type', op: 'in', value: ['call.hangup', 'call.failure'] },
    ]);
    expect(input.retry.max_attempts).toBe(3);
    expect(input.timeout_ms).toBe(10000);
  });

  it('asks for name, event types and URL', () => {
    expect(Object.keys(validateForm(EMPTY_OUTGOING)).sort()).toEqual(['event_types', 'name', 'url']);
  });

  it('applies a preset without losing a typed name', () => {
    const f = applyPreset(
      { ...EMPTY_OUTGOING, name: 'Mine' },
      {
        id: 'telegram',
        name: 'Telegram',
        description: '',
        method: 'POST',
        url: 'https://api.telegram.org/bot<TOKEN>/sendMessage',
        headers: { 'Content-Type': 'application/json' },
        body_format: 'json',
        body_template: '{"text":"[CALL_ID]"}',
        event_types: ['call.converted'],
      },
    );
    expect(f.name).toBe('Mine');
    expect(f.event_types).toEqual(['call.converted']);
    expect(f.body_template).toBe('{"text":"[CALL_ID]"}');
  });

  it('sends a rate limit only when one is set, and the health policy as numbers', () => {
    const base = { ...EMPTY_OUTGOING, name: 'x', event_types: ['call.incoming'], url: 'https://example.com' };
    expect(inputFromForm(base).rate_limit).toBeNull();
    const limited = inputFromForm({ ...base, rate_limited: true, rate_requests: '20', rate_per: 'minute', rate_burst: '2' });
    expect(limited.rate_limit).toEqual({ requests: 20, per: 'minute', burst: 2 });
    expect(limited.health_policy.pause_after).toBe(15);
    expect(limited.retry.max_attempts).toBe(40);
  });

  it('lets a notification channel go without event types', () => {
    const channel = { ...EMPTY_OUTGOING, name: 'Ops', url: 'https://example.com', notification_channel: true };
    expect(validateForm(channel)).toEqual({});
  });

  it('takes the rate limit and alert template a preset carries', () => {
    const f = applyPreset(EMPTY_OUTGOING, {
      id: 'slack',
      name: 'Slack',
      description: '',
      method: 'POST',
      url: 'https://hooks.slack.com/services/<WEBHOOK_PATH>',
      headers: {},
      body_format: 'json',
      body_template: '{}',
      event_types: ['call.incoming'],
      rate_limit: { requests: 1, per: 'second', burst: 1 },
      alert_template: '',
    });
    expect(inputFromForm(f).rate_limit).toEqual({ requests: 1, per: 'second', burst: 1 });
  });
});
