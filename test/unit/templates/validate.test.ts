import {
  WEBHOOK_PRESETS,
  compileTemplate,
  compileWebhookTemplates,
  renderBody,
  sampleRenderContext,
  validateWebhookTemplates,
  type WebhookTemplates,
} from '../../../src/templates';
import { CALL_EVENT_TYPES } from '../../../src/shared/call';
import { contextWith } from './helpers';

// Verbatim from the product brief (the `\n` are JSON escapes in the template text).
const BRIEF_TELEGRAM = `{
"chat_id": -5002186479,
"text": "✅ *Call Converted*\\n\\n📞 Call ID: \`[CALL_ID]\`\\n🔗 Call SID: \`[CALL_SID]\`\\n👤 From: \`[FROM]\`\\n📢 Campaign: *[CAMPAIGN_NAME]*\\n🏢 Buyer: *[BUYER_NAME]*\\n💰 Buyer Payout: *[REVENUE_PAID_OUT]*\\n📤 Publisher: *[PUBLISHER_NAME]*\\n⏱ Duration: *[DURATION]s*\\n💵 Publisher Payout: *[CONFIGURED_PUBLISHER_PAYOUT]*\\n⏰ Converted At: *[CALL_CONVERTED_AT]*"
}`;

const webhook = (body_template: string, extra: Partial<WebhookTemplates> = {}): WebhookTemplates => ({
  url: 'https://hooks.example.com/in?call=[CALL_ID]',
  headers: { 'Content-Type': 'application/json' },
  body_format: 'json',
  body_template,
  ...extra,
});

describe('the product brief Telegram template', () => {
  it('renders to valid JSON with every value in place', () => {
    const { body, warnings } = renderBody(compileTemplate(BRIEF_TELEGRAM, 'json'), sampleRenderContext());
    expect(warnings).toEqual([]);
    expect(JSON.parse(body)).toEqual({
      chat_id: -5002186479,
      text:
        '✅ *Call Converted*\n\n📞 Call ID: `b88d2ccc-4f7e-4c4a-9d1e-3a5b6c7d8e9f`\n🔗 Call SID: `CA1f2e3d4c5b6a798877665544332211ff`\n' +
        '👤 From: `+15551234567`\n📢 Campaign: *Solar Leads TX*\n🏢 Buyer: *Sunrise Solar*\n💰 Buyer Payout: *90*\n' +
        '📤 Publisher: *Medi-Pub*\n⏱ Duration: *187s*\n💵 Publisher Payout: *45*\n⏰ Converted At: *2025-01-15T14:32:05.000Z*',
    });
  });

  it('stays valid JSON with hostile values', () => {
    const hostile = '"}\n\\ 😀';
    const ctx = contextWith({ campaign_name: hostile, buyer_name: undefined });
    const parsed = JSON.parse(renderBody(compileTemplate(BRIEF_TELEGRAM, 'json'), ctx).body);
    expect(parsed.text).toContain(`📢 Campaign: *${hostile}*\n🏢 Buyer: **\n`);
  });

  it('passes validation without problems', () => {
    expect(validateWebhookTemplates(webhook(BRIEF_TELEGRAM))).toEqual([]);
  });
});

describe('validateWebhookTemplates', () => {
  it('reports where rendered JSON breaks, with a snippet', () => {
    const problems = validateWebhookTemplates(webhook('{\n  "from": "[FROM]",\n  "amount": [REVENUE_PAID_OUT],\n}'));
    expect(problems).toEqual([
      {
        severity: 'error',
        field: 'body_template',
        message:
          "rendered body is not valid JSON: trailing comma before '}' at line 4, column 1 (position 44):\n  }\n  ^",
      },
    ]);
  });

  it('explains a raw line break inside a JSON string', () => {
    const [problem] = validateWebhookTemplates(webhook('{"text": "line one\nline two [FROM]"}'));
    expect(problem.message).toBe(
      'rendered body is not valid JSON: raw control character (e.g. a line break) inside a string; write it as \\n at line 1, column 19 (position 18):\n  {"text": "line one\n                    ^',
    );
  });

  it('cuts long lines around the failure', () => {
    const [problem] = validateWebhookTemplates(webhook(`{"a": "${'x'.repeat(60)}" "b": 1}`));
    expect(problem.message).toBe(
      `rendered body is not valid JSON: expected ',' or '}' at line 1, column 70 (position 69):\n  …${'x'.repeat(28)}" "b": 1}\n  ${' '.repeat(31)}^`,
    );
  });

  it('reports compile errors per field and keeps checking the others', () => {
    const problems = validateWebhookTemplates({
      url: 'https://x.example/{{ call.from | nope }}',
      headers: { 'X-Call': '{% if %}', 'Bad Name': 'v' },
      body_format: 'json',
      body_template: '{"a": [MYSTERY]}',
    });
    expect(problems).toEqual([
      { severity: 'error', field: 'url', message: 'undefined filter: nope, line:1, col:19' },
      { severity: 'error', field: 'headers.X-Call', message: 'invalid value expression: "", line:1, col:6' },
      { severity: 'error', field: 'headers.Bad Name', message: 'invalid header name "Bad Name"' },
      { severity: 'warning', field: 'body_template', message: 'Unknown token [MYSTERY] rendered as empty' },
    ]);
  });

  it('treats unknown tokens as warnings, and tags the organization knows as known', () => {
    const template = webhook('{"a": "[UTM_CAMPAIGN]"}');
    expect(validateWebhookTemplates(template)).toEqual([
      { severity: 'warning', field: 'body_template', message: 'Unknown token [UTM_CAMPAIGN] rendered as empty' },
    ]);
    expect(validateWebhookTemplates(template, { knownTags: ['UTM_CAMPAIGN'] })).toEqual([]);
  });

  it('requires an absolute http(s) URL after rendering', () => {
    expect(validateWebhookTemplates(webhook('{}', { url: '[CALL_ID]/path' }))).toEqual([
      {
        severity: 'error',
        field: 'url',
        message: 'rendered URL is not a valid absolute URL: b88d2ccc-4f7e-4c4a-9d1e-3a5b6c7d8e9f/path',
      },
    ]);
    expect(validateWebhookTemplates(webhook('{}', { url: 'ftp://x.example/' }))[0].message).toBe(
      'URL scheme must be http or https, got ftp:',
    );
  });

  it('does not parse form or raw bodies as JSON', () => {
    expect(validateWebhookTemplates(webhook('a=[FROM]&b=1', { body_format: 'form' }))).toEqual([]);
    expect(validateWebhookTemplates(webhook('not json {', { body_format: 'raw' }))).toEqual([]);
  });
});

describe('compileWebhookTemplates', () => {
  it('renders url, headers and body together and merges warnings', () => {
    const compiled = compileWebhookTemplates({
      url: 'https://x.example/[EVENT_TYPE]?from=[FROM]',
      headers: { 'X-Call-Id': '[CALL_ID]', 'X-Unknown': '[NOPE]' },
      body_format: 'form',
      body_template: 'from=[FROM]&x=[NOPE]',
    });
    expect(compiled.render(sampleRenderContext())).toEqual({
      url: 'https://x.example/call.converted?from=%2B15551234567',
      headers: { 'X-Call-Id': 'b88d2ccc-4f7e-4c4a-9d1e-3a5b6c7d8e9f', 'X-Unknown': '' },
      body: 'from=%2B15551234567&x=',
      warnings: ['Unknown token [NOPE] rendered as empty'],
    });
  });

  it('names the failing part in the error', () => {
    expect(() =>
      compileWebhookTemplates({ url: 'https://x.example/', headers: { 'X-A': '{{ a | nope }}' }, body_format: 'none' }),
    ).toThrow('headers.X-A: undefined filter: nope, line:1, col:1');
  });
});

describe('WEBHOOK_PRESETS', () => {
  it.each(WEBHOOK_PRESETS.map((preset) => [preset.id, preset] as const))('%s passes validation', (_, preset) => {
    expect(validateWebhookTemplates(preset)).toEqual([]);
    expect(preset.event_types.every((type) => (CALL_EVENT_TYPES as readonly string[]).includes(type))).toBe(true);
    expect(preset).toEqual(expect.objectContaining({ method: 'POST', body_format: 'json' }));
  });

  it('Slack preset escapes values for mrkdwn', () => {
    const slack = WEBHOOK_PRESETS.find((p) => p.id === 'slack-incoming-webhook')!;
    const ctx = contextWith({ campaign_name: '<!channel> & co' });
    const { text } = JSON.parse(renderBody(compileTemplate(slack.body_template, 'json'), ctx).body);
    expect(text).toBe(
      '📞 *call.converted*: call from +15551234567 to +18005550199\n*Campaign:* &lt;!channel&gt; &amp; co\n' +
        '*Publisher:* Medi-Pub\n*Buyer:* Sunrise Solar\n*Status:* connected · 187s · converted, revenue 90\n' +
        '*Call ID:* `b88d2ccc-4f7e-4c4a-9d1e-3a5b6c7d8e9f`',
    );
  });

  it('Telegram preset sends MarkdownV2 with every reserved character in values escaped', () => {
    const telegram = WEBHOOK_PRESETS.find((p) => p.id === 'telegram-send-message')!;
    expect(telegram.url).toBe('https://api.telegram.org/bot<TOKEN>/sendMessage');
    const ctx = contextWith({ campaign_name: 'Solar_Leads (TX) v2.0!', revenue_paid_out: 12.5 });
    const parsed = JSON.parse(renderBody(compileTemplate(telegram.body_template, 'json'), ctx).body);
    expect(parsed).toMatchObject({ chat_id: '<CHAT_ID>', parse_mode: 'MarkdownV2' });
    expect(parsed.text).toContain('📢 Campaign: *Solar\\_Leads \\(TX\\) v2\\.0\\!*\n');
    expect(parsed.text).toContain('💰 Buyer Payout: *12\\.5*\n');
    // Outside escapes, only the template's own * and ` markup may remain.
    const unescaped = parsed.text.replace(/\\[\s\S]/g, '').match(/[_[\]()~>#+\-=|{}.!\\]/g);
    expect(unescaped).toBeNull();
  });
});
