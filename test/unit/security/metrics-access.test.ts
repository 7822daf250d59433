import { mayScrape } from '../../../src/observability/metrics-endpoint';

describe('who may scrape /metrics', () => {
  it('without METRICS_TOKEN: loopback and private networks only', () => {
    for (const address of ['127.0.0.1', '::1', '10.1.2.3', '172.18.0.5', '192.168.1.9', '::ffff:10.0.0.7', 'fd00::1']) expect(mayScrape(undefined, undefined, address)).toBe(true);
    for (const address of ['203.0.113.7', '8.8.8.8', '2001:db8::1', '::ffff:8.8.8.8', undefined, 'nonsense']) expect(mayScrape(undefined, undefined, address)).toBe(false);
  });

  it('with METRICS_TOKEN: the bearer token from anywhere, nothing without it', () => {
    const token = 'metrics-token-0123456789';
    expect(mayScrape(token, `Bearer ${token}`, '203.0.113.7')).toBe(true);
    expect(mayScrape(token, `Bearer ${token}x`, '127.0.0.1')).toBe(false);
    expect(mayScrape(token, undefined, '127.0.0.1')).toBe(false);
  });
});
