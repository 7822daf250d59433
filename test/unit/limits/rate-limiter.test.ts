import { RateLimiter, type DemandStore } from '../../../src/limits/rate-limiter';

describe('local token buckets', () => {
  let now = 0;
  const limiter = () => new RateLimiter(undefined, () => now);
  beforeEach(() => {
    now = 0;
  });

  it('allows the burst, then refuses with the whole seconds until a request fits, then recovers', () => {
    const l = limiter();
    const limit = { per_second: 0.5, burst: 3 };
    expect([1, 2, 3].map(() => l.take({ key: 'k', limit }).ok)).toEqual([true, true, true]);
    expect(l.take({ key: 'k', limit })).toEqual({ ok: false, bucket: 'k', retryAfterSeconds: 2 });
    now += 1000;
    expect(l.refuses('k')).toBe(1);
    now += 1000;
    expect(l.refuses('k')).toBe(0);
    expect(l.take({ key: 'k', limit }).ok).toBe(true);
  });

  it('keeps buckets apart', () => {
    const l = limiter();
    const limit = { per_second: 1, burst: 1 };
    expect(l.take({ key: 'a', limit }).ok).toBe(true);
    expect(l.take({ key: 'a', limit }).ok).toBe(false);
    expect(l.take({ key: 'b', limit }).ok).toBe(true);
    expect(l.refuses('never-seen')).toBe(0);
  });

  it('takes from several buckets at once or from none, naming the one that refused', () => {
    const l = limiter();
    const roomy = { key: 'token', limit: { per_second: 1, burst: 5 } };
    const tight = { key: 'address', limit: { per_second: 1, burst: 1 } };
    expect(l.take(roomy, tight)).toEqual({ ok: true });
    expect(l.take(roomy, tight)).toEqual({ ok: false, bucket: 'address', retryAfterSeconds: 1 });
    // The refusal spent nothing from the token's bucket: four of its five are left.
    expect([1, 2, 3, 4, 5].map(() => l.take(roomy).ok)).toEqual([true, true, true, true, false]);
  });

  it('applies a changed limit from the next request on', () => {
    const l = limiter();
    l.take({ key: 'k', limit: { per_second: 1, burst: 1 } });
    expect(l.take({ key: 'k', limit: { per_second: 1, burst: 1 } }).ok).toBe(false);
    now += 100;
    expect(l.take({ key: 'k', limit: { per_second: 100, burst: 100 } }).ok).toBe(true);
  });

  it("enforces its demand-weighted share of the limit once it learns the other processes' demand", async () => {
    const store: DemandStore = { exchange: async () => new Map([['k', { perSecond: 30, processes: 1 }]]) };
    const l = new RateLimiter(store, () => now);
    const limit = { per_second: 100, burst: 100 };
    for (let i = 0; i < 10; i++) l.take({ key: 'k', limit });
    now += 1000;
    await l.sync();
    // 10 of the 40 requests a second were here: a quarter of the limit, 25 a second, bursts of 25.
    let allowed = 0;
    for (let i = 0; i < 100; i++) if (l.take({ key: 'k', limit }).ok) allowed++;
    expect(allowed).toBe(25);
    now += 1000;
    for (let i = 0; i < 100; i++) if (l.take({ key: 'k', limit }).ok) allowed++;
    expect(allowed).toBe(50);
  });
});
