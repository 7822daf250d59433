import { classifyStatus, retryAfterMs } from '../../../src/delivery/classify';
import { REDACTED, redactHeaders, redactUrl } from '../../../src/security/redact';

describe('attempt classification', () => {
  it.each([
    [200, 'succeeded'],
    [204, 'succeeded'],
    [301, 'final'],
    [400, 'final'],
    [401, 'final'],
    [404, 'final'],
    [408, 'retryable'],
    [425, 'retryable'],
    [429, 'retryable'],
    [500, 'retryable'],
    [503, 'retryable'],
  ])('HTTP %i is %s', (status, verdict) => {
    expect(classifyStatus(status)).toBe(verdict);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2025-01-15T14:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('Wed, 15 Jan 2025 14:00:10 GMT', now)).toBe(10_000);
    expect(retryAfterMs('Wed, 15 Jan 2025 13:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });
});

describe('redaction of what the log keeps', () => {
  it('hides credentials in headers and keeps the rest', () => {
    expect(
      redactHeaders({ Authorization: 'Bearer x', 'X-Api-Key': 'k', 'webhook-signature': 'v1,abc', 'content-type': 'application/json', 'webhook-id': 'dlv_1' }),
    ).toEqual({ Authorization: REDACTED, 'X-Api-Key': REDACTED, 'webhook-signature': REDACTED, 'content-type': 'application/json', 'webhook-id': 'dlv_1' });
  });

  it('hides credentials in URLs: user info, secret query parameters, a Telegram bot token', () => {
    expect(redactUrl('https://user:pw@example.com/a?token=abc&x=1')).toBe(`https://${REDACTED}@example.com/a?token=${REDACTED}&x=1`);
    expect(redactUrl('https://example.com/hook?auth_key=s3cret&monkey=banana')).toBe(`https://example.com/hook?auth_key=${REDACTED}&monkey=banana`);
    expect(redactUrl('https://api.telegram.org/bot123456:AAH-abc_def/sendMessage')).toBe(`https://api.telegram.org/bot${REDACTED}/sendMessage`);
  });
});
