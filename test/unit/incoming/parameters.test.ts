import { collectParameters, ParameterError, parseCallData, parsePostCall } from '../../../src/incoming/parameters';

const collect = (query: Record<string, unknown>, body?: unknown, map: Record<string, string> = {}) => collectParameters(query, body, map);

function fieldOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof ParameterError) return err.field;
    throw err;
  }
  throw new Error('expected a ParameterError');
}

describe('collectParameters', () => {
  it('matches names case-insensitively and lets the body override the query', () => {
    const params = collect({ Caller_ID: '5551234567', Homeowner: 'no' }, { HOMEOWNER: 'yes' });
    expect(params.get('caller_id')).toBe('5551234567');
    expect(params.get('homeowner')).toBe('yes');
  });

  it('renames parameters through the parameter map, onto tags or reserved names', () => {
    const params = collect({ Mobile: '5551234567', zip: '10001' }, undefined, { mobile: 'caller_id', ZIP: 'POSTAL_CODE' });
    expect(parseCallData(params, 'US')).toEqual({ caller: '+15551234567', transaction_id: undefined, data: { POSTAL_CODE: '10001' } });
  });

  it('rejects a body that is not an object', () => {
    expect(fieldOf(() => collect({}, ['a']))).toBe('body');
  });
});

describe('parseCallData', () => {
  it('repairs a + that a query string decoded as a space', () => {
    expect(parseCallData(collect({ caller_id: ' 442071838750' }), 'US').caller).toBe('+442071838750');
  });

  it.each(['callerid', 'cid', 'phone', 'phone_number', 'PHONE'])('accepts the %s alias', (alias) => {
    expect(parseCallData(collect({ [alias]: '(555) 123-4567' }), 'US').caller).toBe('+15551234567');
  });

  it('uses the region for national numbers', () => {
    expect(parseCallData(collect({ phone: '020 7183 8750' }), 'GB').caller).toBe('+442071838750');
  });

  it('turns every other parameter into a tag, flattening nested objects', () => {
    const input = parseCallData(collect({ caller_id: '5551234567', auth_key: 'x', transaction_id: 't1' }, { 'home-owner': 'yes', geo: { city: 'Austin', zip: 78701 }, list: [1, 2] }), 'US');
    expect(input).toEqual({ caller: '+15551234567', transaction_id: 't1', data: { HOME_OWNER: 'yes', GEO_CITY: 'Austin', GEO_ZIP: '78701', LIST: '1,2' } });
  });

  it('names the field when the caller is missing or not a number', () => {
    expect(fieldOf(() => parseCallData(collect({ tag: 'x' }), 'US'))).toBe('caller_id');
    expect(fieldOf(() => parseCallData(collect({ cid: 'abc' }), 'US'))).toBe('cid');
  });
});

describe('parsePostCall', () => {
  it('reads update_fields with loose parameters as tags to add', () => {
    const input = parsePostCall(
      'update_fields',
      collect({ call_id: 'c1', converted: 'yes', revenue_paid_out: '12.50', remove: 'old_tag, other', add: '{"quality":"high"}', source: 'crm' }),
      'US',
    );
    expect(input).toEqual({
      call_id: 'c1',
      caller: undefined,
      transaction_id: undefined,
      change: { converted: true, revenue_paid_out: 12.5, remove: ['OLD_TAG', 'OTHER'], add: { SOURCE: 'crm', QUALITY: 'high' } },
    });
  });

  it('keeps update_revenue to revenue and update_tags to tags', () => {
    expect(parsePostCall('update_revenue', collect({ call_id: 'c1', revenue_paid_out: '3', converted: 'true', tag: 'x' }), 'US').change).toEqual({ revenue_paid_out: 3 });
    expect(parsePostCall('update_tags', collect({ call_id: 'c1', converted: 'true', tag: 'x' }), 'US').change).toEqual({ add: { CONVERTED: 'true', TAG: 'x' } });
  });

  it('finds the call by caller when there is no call id', () => {
    expect(parsePostCall('update_tags', collect({ caller_id: ' 15551234567', tag: 'x' }), 'US')).toMatchObject({ call_id: undefined, caller: '+15551234567' });
  });

  it('normalizes call_converted_at from ISO or Unix seconds', () => {
    expect(parsePostCall('update_fields', collect({ call_id: 'c', call_converted_at: '1700000000' }), 'US').change.call_converted_at).toBe('2023-11-14T22:13:20.000Z');
    expect(fieldOf(() => parsePostCall('update_fields', collect({ call_id: 'c', call_converted_at: 'soon' }), 'US'))).toBe('call_converted_at');
  });

  it('names the offending field', () => {
    expect(fieldOf(() => parsePostCall('update_fields', collect({ converted: 'true' }), 'US'))).toBe('call_id');
    expect(fieldOf(() => parsePostCall('update_fields', collect({ call_id: 'c', converted: 'maybe' }), 'US'))).toBe('converted');
    expect(fieldOf(() => parsePostCall('update_revenue', collect({ call_id: 'c', revenue_paid_out: 'lots' }), 'US'))).toBe('revenue_paid_out');
    expect(fieldOf(() => parsePostCall('update_revenue', collect({ call_id: 'c' }), 'US'))).toBe('revenue_paid_out');
    expect(fieldOf(() => parsePostCall('update_tags', collect({ call_id: 'c', add: '[1]' }), 'US'))).toBe('add');
  });
});

describe('the full update_fields shape', () => {
  it('reads fields nested in `fields` (object or JSON text), a top-level one winning', () => {
    const nested = parsePostCall('update_fields', collect({}, { call_log_id: 'c1', fields: { Converted: true, revenue_paid_out: 7, reason: 'nested' }, reason: 'top' }), 'US');
    expect(nested).toMatchObject({ call_id: 'c1', change: { converted: true, revenue_paid_out: 7, reason: 'top' } });
    expect(parsePostCall('update_fields', collect({ call_id: 'c1', fields: '{"revenue_paid_out": "3"}' }), 'US').change).toEqual({ revenue_paid_out: 3 });
    expect(fieldOf(() => parsePostCall('update_fields', collect({ call_id: 'c1', fields: 'nope' }), 'US'))).toBe('fields');
  });

  it('takes phone_number and call_log_id as identifiers', () => {
    expect(parsePostCall('update_revenue', collect({ phone_number: '(555) 123-4567', revenue_paid_out: '1' }), 'US')).toMatchObject({ caller: '+15551234567', call_id: undefined });
    expect(parsePostCall('update_tags', collect({ call_log_id: 'c9', x: '1' }), 'US')).toMatchObject({ call_id: 'c9', change: { add: { X: '1' } } });
  });

  it('takes no_payout_reason values in any case, and null to clear it', () => {
    expect(parsePostCall('update_fields', collect({ call_id: 'c1', no_payout_reason: 'caps exceeded' }), 'US').change).toEqual({ no_payout_reason: 'Caps exceeded' });
    expect(parsePostCall('update_fields', collect({}, { call_id: 'c1', no_payout_reason: null }), 'US').change).toEqual({ no_payout_reason: null });
    expect(parsePostCall('update_fields', collect({ call_id: 'c1', no_payout_reason: 'null' }), 'US').change).toEqual({ no_payout_reason: null });
    expect(fieldOf(() => parsePostCall('update_fields', collect({ call_id: 'c1', no_payout_reason: 'because' }), 'US'))).toBe('no_payout_reason');
  });
});
