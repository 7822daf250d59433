import { redactHeaders, redactQuery, redactText } from '../../../src/security/redact';

describe('request log redaction', () => {
  it('hides credentials in headers and auth_key in the query, in any letter case', () => {
    expect(redactHeaders({ authorization: 'Bearer ihk_x', 'x-auth-key': 'ihk_y', accept: ['a', 'b'], host: 'h' })).toEqual({
      authorization: '[redacted]',
      'x-auth-key': '[redacted]',
      accept: 'a, b',
      host: 'h',
    });
    expect(redactQuery({ AUTH_KEY: 'ihk_z', caller_id: '1' })).toEqual({ AUTH_KEY: '[redacted]', caller_id: '1' });
  });

  it('removes a presented key wherever it appears in a body', () => {
    expect(redactText('auth_key=ihk_secretvalue&x=1 {"k":"ihk_secretvalue"}', ['ihk_secretvalue', undefined])).toBe('auth_key=[redacted]&x=1 {"k":"[redacted]"}');
  });
});
