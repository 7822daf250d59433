import { compileTemplate, renderBody, renderHeaders, renderUrl } from '../../../src/templates';
import { HOSTILE, contextWith } from './helpers';

const json = (template: string, ctx = contextWith()) => renderBody(compileTemplate(template, 'json'), ctx).body;

describe('JSON bodies', () => {
  it('escapes a token inside a string literal and round-trips the exact value', () => {
    const body = json('{"name": "Campaign: [CAMPAIGN_NAME]!"}', contextWith({ campaign_name: HOSTILE }));
    expect(body).toBe(
      '{"name": "Campaign: He said \\"hi\\" \\\\o/ a&b=c+d 50% x\\ny\\r\\tz </script> 😀 é!"}',
    );
    expect(JSON.parse(body)).toEqual({ name: `Campaign: ${HOSTILE}!` });
  });

  it('escapes Liquid output inside a string literal the same way', () => {
    const body = json('{"name": "{{ call.campaign_name }}"}', contextWith({ campaign_name: HOSTILE }));
    expect(JSON.parse(body)).toEqual({ name: HOSTILE });
  });

  it('escapes control characters other than newline', () => {
    const body = json('{"v": "[REASON]"}', contextWith({ reason: 'a\u0000b\u001fc\u2028d' }));
    expect(body).toBe('{"v": "a\\u0000b\\u001fc\u2028d"}');
    expect(JSON.parse(body).v).toBe('a\u0000b\u001fc\u2028d');
  });

  it('keeps numbers and booleans typed when a token is a whole value', () => {
    const body = json('{"amount": [REVENUE_PAID_OUT], "secs": [DURATION], "converted": [CONVERTED]}', contextWith({ revenue_paid_out: 12.5 }));
    expect(body).toBe('{"amount": 12.5, "secs": 187, "converted": true}');
  });

  it('writes null for a missing whole-value token and for an unknown one', () => {
    const body = json('{"buyer": [BUYER_NAME], "x": [NOT_A_TAG]}', contextWith({ buyer_name: undefined }));
    expect(body).toBe('{"buyer": null, "x": null}');
  });

  it('types numeric and boolean tag strings but quotes other strings', () => {
    const ctx = contextWith({}, { AGE: '42', ZIP: '02134', BIG: '12345678901234567890', OK: 'false', PRICE: '12.50' });
    const body = json('[[AGE], [ZIP], [BIG], [OK], [PRICE], [FROM]]', ctx);
    expect(body).toBe('[42, "02134", "12345678901234567890", false, "12.50", "+15551234567"]');
  });

  it('quotes a hostile whole-value string so it cannot break out', () => {
    const body = json('{"name": [CAMPAIGN_NAME], "n": 1}', contextWith({ campaign_name: '", "admin": true, "x": "' }));
    expect(JSON.parse(body)).toEqual({ name: '", "admin": true, "x": "', n: 1 });
  });

  it('types Liquid whole values: numbers, objects through json, strings quoted, missing as null', () => {
    const body = json('{"d": {{ call.duration }}, "tags": {{ tags | json }}, "from": {{ call.from }}, "m": {{ tags.MISSING }}}', contextWith({}, {}));
    expect(JSON.parse(body)).toEqual({
      d: 187,
      tags: { HOMEOWNER: 'yes', AGE: '42', FLIGHT_INCOMING: 'no', UTM_SOURCE: 'google', STATE: 'TX' },
      from: '+15551234567',
      m: null,
    });
  });

  it('does not end a string at an escaped quote in the template', () => {
    const body = json('{"a": "say \\"[FROM]\\" now", "b": [DURATION]}');
    expect(body).toBe('{"a": "say \\"+15551234567\\" now", "b": 187}');
  });

  it('decides string or value per rendered position, across Liquid branches and loops', () => {
    const template = '{"items": [{% for n in (1..2) %}{% if forloop.first %}"{{ n }}"{% else %}{{ n }}{% endif %}{% unless forloop.last %},{% endunless %}{% endfor %}]}';
    expect(json(template)).toBe('{"items": ["1",2]}');
  });

  it('escapes captured text once, where it is output', () => {
    const template = '{% capture line %}{{ call.campaign_name }} / [FROM]{% endcapture %}{"line": "{{ line }}"}';
    const body = json(template, contextWith({ campaign_name: 'A "B"' }));
    expect(JSON.parse(body)).toEqual({ line: 'A "B" / +15551234567' });
  });

  it('leaves UTF-8 and emoji of the template untouched', () => {
    expect(json('{"t": "✅ 📞 [CALL_ID] ⏱"}')).toBe('{"t": "✅ 📞 b88d2ccc-4f7e-4c4a-9d1e-3a5b6c7d8e9f ⏱"}');
  });
});

describe('URLs', () => {
  it('percent-encodes values but keeps the template text', () => {
    const { url } = renderUrl('https://crm.example/hook?from=[FROM]&c={{ call.campaign_name }}#x', contextWith({ campaign_name: HOSTILE }));
    expect(url).toBe(
      'https://crm.example/hook?from=%2B15551234567&c=He%20said%20%22hi%22%20%5Co%2F%20a%26b%3Dc%2Bd%2050%25%20x%0Ay%0D%09z%20%3C%2Fscript%3E%20%F0%9F%98%80%20%C3%A9#x',
    );
    expect(new URL(url).searchParams.get('c')).toBe(HOSTILE);
    expect(new URL(url).searchParams.get('from')).toBe('+15551234567');
  });

  it('encodes RFC 3986 sub-delimiters and survives lone surrogates', () => {
    const { url } = renderUrl('https://x.example/?q=[REASON]', contextWith({ reason: "(a)!*'\uD800" }));
    expect(url).toBe('https://x.example/?q=%28a%29%21%2A%27%EF%BF%BD');
  });
});

describe('form bodies', () => {
  it('form-encodes each value so & = + and spaces stay inside the field', () => {
    const { body } = renderBody(compileTemplate('name=[CAMPAIGN_NAME]&from={{ call.from }}&n=[DURATION]', 'form'), contextWith({ campaign_name: HOSTILE }));
    expect(body).toBe(
      'name=He+said+%22hi%22+%5Co%2F+a%26b%3Dc%2Bd+50%25+x%0Ay%0D%09z+%3C%2Fscript%3E+%F0%9F%98%80+%C3%A9&from=%2B15551234567&n=187',
    );
    expect(Object.fromEntries(new URLSearchParams(body))).toEqual({ name: HOSTILE, from: '+15551234567', n: '187' });
  });
});

describe('raw bodies', () => {
  it('inserts values as they are', () => {
    const { body } = renderBody(compileTemplate('<p>[CAMPAIGN_NAME]</p>{{ call.duration }}', 'raw'), contextWith({ campaign_name: HOSTILE }));
    expect(body).toBe(`<p>${HOSTILE}</p>187`);
  });

  it('renders nothing for the none format', () => {
    expect(renderBody(compileTemplate('{"a": [FROM]}', 'none'), contextWith())).toEqual({ body: '', warnings: [] });
  });
});

describe('headers', () => {
  it('removes CR, LF and other control characters so a value cannot inject a header', () => {
    const { headers } = renderHeaders(
      { 'X-Campaign': '[CAMPAIGN_NAME]', 'X-Liquid': 'v={{ call.reason }}', Authorization: 'Bearer abc\r\n' },
      contextWith({ campaign_name: 'ok\r\nX-Evil: 1', reason: 'a\u0000b\u007fc\td' }),
    );
    expect(headers).toEqual({ 'X-Campaign': 'okX-Evil: 1', 'X-Liquid': 'v=abcd', Authorization: 'Bearer abc' });
  });
});
