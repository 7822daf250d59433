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
});
