import { CALL_EVENT_TYPES } from '../../../src/shared/call';
import { CALL_FIELD_TOKENS, compileTemplate, renderBody, sampleRenderContext } from '../../../src/templates';
import { contextWith } from './helpers';

const raw = (template: string, ctx = contextWith()) => renderBody(compileTemplate(template, 'raw'), ctx);

describe('[TOKEN] substitution', () => {
  it('substitutes every call field and event field', () => {
    const ctx = sampleRenderContext();
    const template = CALL_FIELD_TOKENS.map((t) => `${t.name}=[${t.name}]`).join('\n');
    const expected = CALL_FIELD_TOKENS.map((t) => `${t.name}=${t.example}`).join('\n');
    expect(raw(template, ctx)).toEqual({ body: expected, warnings: [] });
  });

  it('lists the built-in tokens with descriptions and sample values', () => {
    const names = CALL_FIELD_TOKENS.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining([
      'CALL_ID', 'CALL_SID', 'FROM', 'TO', 'CAMPAIGN_ID', 'CAMPAIGN_NAME', 'PUBLISHER_ID', 'PUBLISHER_NAME',
      'BUYER_ID', 'BUYER_NAME', 'DURATION', 'REVENUE_PAID_OUT', 'CONFIGURED_PUBLISHER_PAYOUT', 'PUBLISHER_PAID_OUT',
      'CALL_CONVERTED_AT', 'CONVERTED', 'STATUS', 'HANGUP_CAUSE', 'FAILURE_REASON', 'REASON', 'STARTED_AT',
      'CONNECTED_AT', 'ENDED_AT', 'EVENT_TYPE', 'EVENT_ID', 'OCCURRED_AT',
    ]));
    expect(CALL_FIELD_TOKENS.find((t) => t.name === 'FROM')).toEqual({
      name: 'FROM',
      description: 'Caller number (E.164)',
      example: '+15551234567',
    });
    expect(CALL_FIELD_TOKENS.every((t) => t.description !== '' && t.example !== '')).toBe(true);
    expect(CALL_EVENT_TYPES).toContain(CALL_FIELD_TOKENS.find((t) => t.name === 'EVENT_TYPE')?.example);
  });

  it('reads any other name from the call tags', () => {
    expect(raw('[HOMEOWNER]/[AGE]').body).toBe('yes/42');
  });

  it('lets call fields win over a tag of the same name, even when the field is empty', () => {
    expect(raw('[FROM]', contextWith({}, { FROM: 'tag' })).body).toBe('+15551234567');
    expect(raw('[BUYER_NAME]', contextWith({ buyer_name: undefined }, { BUYER_NAME: 'tag' })).body).toBe('');
  });

  it('takes the first non-empty alternative of a fallback', () => {
    const ctx = contextWith({ buyer_name: '' }, { UTM_SOURCE: '', SOURCE: 'facebook' });
    expect(raw('[UTM_SOURCE|SOURCE]|[BUYER_NAME|PUBLISHER_NAME]|[NOPE|HOMEOWNER]', ctx)).toEqual({
      body: 'facebook|Medi-Pub|yes',
      warnings: [],
    });
  });

  it('renders an unknown token as empty with a warning naming it', () => {
    expect(raw('a[NOPE]b[X|Y]c[NOPE]')).toEqual({
      body: 'abc',
      warnings: ['Unknown token [NOPE] rendered as empty', 'Unknown token [X|Y] rendered as empty'],
    });
  });

  it('does not warn for a known tag or field that is merely empty', () => {
    expect(raw('[BUYER_NAME][HOMEOWNER]', contextWith({ buyer_name: undefined }, { HOMEOWNER: '' }))).toEqual({ body: '', warnings: [] });
  });

  it('leaves JSON arrays, Markdown and lower-case brackets alone', () => {
    const template = '[1,2] [] [1] [a] [Call_Id] [link](http://x) [FROM ] [ FROM] [FROM-X] [|FROM]';
    expect(raw(template)).toEqual({ body: template, warnings: [] });
  });

  it('does not expand tokens inside {% raw %}, Liquid strings or substituted values', () => {
    const ctx = contextWith({ campaign_name: '[CALL_ID]' });
    expect(raw('{% raw %}[FROM] {{ x }}{% endraw %}|{{ "[FROM]" }}|[CAMPAIGN_NAME]', ctx).body).toBe(
      '[FROM] {{ x }}|[FROM]|[CALL_ID]',
    );
  });

  it('keeps Liquid whitespace control around tokens', () => {
    expect(raw('{%- if true -%}  [TO]  {%- endif -%}').body).toBe('+18005550199');
  });
});
