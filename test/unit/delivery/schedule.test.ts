import { nominalRetryDelayMs, retryDelayMs, shortestRetrySpanMs } from '../../../src/delivery/schedule';
import { DEFAULT_RETRY } from '../../../src/shared/delivery';

const HOUR = 3600_000;

describe('retry schedule', () => {
  it('by default keeps retrying for at least 24 hours, even with every wait at the low end of the jitter', () => {
    expect(shortestRetrySpanMs(DEFAULT_RETRY)).toBeGreaterThanOrEqual(24 * HOUR);
    // …and not for days: a receiver down that long needs an operator, not more retries.
    expect(shortestRetrySpanMs(DEFAULT_RETRY)).toBeLessThan(48 * HOUR);
  });

  it('backs off exponentially from the initial interval up to the cap', () => {
    const retry = { max_attempts: 10, initial_interval_seconds: 5, backoff_coefficient: 2, max_interval_seconds: 60 };
    expect([1, 2, 3, 4, 5, 6].map((n) => nominalRetryDelayMs(retry, n))).toEqual([5000, 10_000, 20_000, 40_000, 60_000, 60_000]);
  });

  it('jitters each wait within ±20 % of the nominal one', () => {
    const retry = { ...DEFAULT_RETRY };
    expect(retryDelayMs(retry, 3, () => 0)).toBe(16_000);
    expect(retryDelayMs(retry, 3, () => 1)).toBe(24_000);
    expect(retryDelayMs(retry, 3, () => 0.5)).toBe(20_000);
    const seen = new Set(Array.from({ length: 50 }, () => retryDelayMs(retry, 3)));
    expect(seen.size).toBeGreaterThan(1);
  });
});
