// Cost of rate limiting on the ingress path: the two local token buckets each request takes from (its key's and
// its client address's). No database: sharing with other processes is one statement a second, off the path.
// Run with `npm run bench`.
import { RequestLimits } from '../src/api/rate-limits';
import { DEFAULT_RATE_LIMITS } from '../src/limits/limits';
import { RateLimiter } from '../src/limits/rate-limiter';

const limits = new RequestLimits(new RateLimiter(), { per_second: 0.5, burst: 30 });
const webhooks = Array.from({ length: 1000 }, (_, i) => ({ id: `iwh_${i}`, org_id: `org_${i % 10}`, rate_limits: DEFAULT_RATE_LIMITS }));
const addresses = Array.from({ length: 100 }, (_, i) => `10.0.${i >> 8}.${i & 255}`);

const iterations = 1_000_000;
for (let i = 0; i < 10_000; i++) limits.assertIngressAllowed(webhooks[i % 1000], addresses[i % 100]); // warm-up
const started = process.hrtime.bigint();
for (let i = 0; i < iterations; i++) limits.assertIngressAllowed(webhooks[i % 1000], addresses[i % 100]);
const perOpUs = Number(process.hrtime.bigint() - started) / iterations / 1000;
console.log('rate limits');
console.log(`${'ingress: key + address buckets, 1,000 keys'.padEnd(44)} ${perOpUs.toFixed(2).padStart(8)} µs/op  (${iterations} ops)`);
