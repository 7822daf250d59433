import { compileTemplate, renderBody } from '../../../src/templates';
import { contextWith, thrownTemplateError } from './helpers';

const render = (template: string, format: 'json' | 'raw' = 'raw', ctx = contextWith()) =>
  renderBody(compileTemplate(template, format), ctx).body;

const compileError = (template: string) => thrownTemplateError(() => compileTemplate(template, 'json'));

describe('Liquid', () => {
  it('exposes call, tags and event', () => {
    expect(render('{{ call.from }} {{ tags.HOMEOWNER | default: "n/a" }} {{ tags.NOPE | default: "n/a" }} {{ event.type }}')).toBe(
      '+15551234567 yes n/a call.converted',
    );
  });

  it('supports conditions and loops', () => {
    const template = '{% if call.converted %}won{% else %}lost{% endif %}:{% for pair in tags %}{{ pair[0] }},{% endfor %}';
    expect(render(template)).toBe('won:HOMEOWNER,AGE,FLIGHT_INCOMING,UTM_SOURCE,STATE,');
  });

  it('is lenient about unknown variables', () => {
    expect(render('[{{ nothing.here }}]')).toBe('[]');
  });

  it('escapes output for Telegram MarkdownV2', () => {
    const ctx = contextWith({ campaign_name: 'a_b*c[d](e)~f`g>h#i+j-k=l|m{n}o.p!q\\r 😀' });
    expect(render('{{ call.campaign_name | telegram_md }}', 'raw', ctx)).toBe(
      'a\\_b\\*c\\[d\\]\\(e\\)\\~f\\`g\\>h\\#i\\+j\\-k\\=l\\|m\\{n\\}o\\.p\\!q\\\\r 😀',
    );
    expect(render('{{ call.revenue_paid_out | telegram_md }}', 'raw', contextWith({ revenue_paid_out: 12.5 }))).toBe('12\\.5');
  });

  it('escapes output for Telegram HTML and Slack', () => {
    const ctx = contextWith({ campaign_name: '<b>Tom & Jerry</b> "q"' });
    expect(render('{{ call.campaign_name | telegram_html }}', 'raw', ctx)).toBe('&lt;b&gt;Tom &amp; Jerry&lt;/b&gt; "q"');
    expect(render('{{ call.campaign_name | slack }}', 'raw', ctx)).toBe('&lt;b&gt;Tom &amp; Jerry&lt;/b&gt; "q"');
  });

  it('layers a markup filter under JSON string escaping', () => {
    const body = render('{"text": "*{{ call.campaign_name | telegram_md }}*"}', 'json', contextWith({ campaign_name: 'A.B "C"' }));
    expect(body).toBe('{"text": "*A\\\\.B \\"C\\"*"}');
    expect(JSON.parse(body).text).toBe('*A\\.B "C"*');
  });

  it('has json and url filters', () => {
    expect(render('{{ call.campaign_name | json }}|{{ call.from | url }}', 'raw', contextWith({ campaign_name: 'a"b' }))).toBe(
      '"a\\"b"|%2B15551234567',
    );
    expect(render('{"s": "{{ tags | json }}"}', 'json', contextWith({}, {}))).toBe(
      '{"s": "{\\"HOMEOWNER\\":\\"yes\\",\\"AGE\\":\\"42\\",\\"FLIGHT_INCOMING\\":\\"no\\",\\"UTM_SOURCE\\":\\"google\\",\\"STATE\\":\\"TX\\"}"}',
    );
  });

  it('does not let raw bypass context escaping', () => {
    const body = render('{"a": "{{ call.campaign_name | raw }}"}', 'json', contextWith({ campaign_name: '"}, "x": {"' }));
    expect(JSON.parse(body)).toEqual({ a: '"}, "x": {"' });
  });
});

describe('compile errors', () => {
  it('rejects an unknown filter, naming it and its position', () => {
    const err = compileError('{\n  "a": "{{ call.from | shout }}"\n}');
    expect(err.message).toBe('body_template: undefined filter: shout, line:2, col:9');
    expect(err).toMatchObject({ field: 'body_template', line: 2, column: 9 });
  });

  it('rejects an unclosed tag or output', () => {
    expect(compileError('{% if call.converted %}yes').message).toBe('body_template: tag {% if call.converted %} not closed, line:1, col:1');
    expect(compileError('ok\n{{ call.from').message).toBe('body_template: output "{{ call.from" not closed, line:2, col:1');
  });

  it('rejects tags that would read files', () => {
    for (const tag of ['include', 'render', 'layout']) {
      expect(compileError(`{% ${tag} "secrets" %}`).message).toBe(
        `body_template: {% ${tag} %} is not available in webhook templates, line:1, col:1`,
      );
    }
  });

  it('rejects the reserved marker characters', () => {
    expect(compileError('a\uE000b').message).toBe('body_template: contains reserved characters U+E000/U+E001');
  });

  it('reports a template that fails while rendering', () => {
    const compiled = compileTemplate('{% for i in (1..100000000) %}{{ i }}{% endfor %}', 'raw');
    expect(() => renderBody(compiled, contextWith())).toThrow(/^body_template: failed to render: memory alloc limit exceeded/);
  });
});
