import { PgDemandStore } from '../../src/limits/demand-store';
import { DEFAULT_RATE_LIMITS } from '../../src/limits/limits';
import { RateLimiter } from '../../src/limits/rate-limiter';
import { startTestStack, type TestStack } from '../support/stack';
import { ingress } from './incoming-support';
import { waitFor } from './lifecycle-support';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('rate limits', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ AUTH_FAILURES_PER_MINUTE: '5' });
  });
  afterAll(() => stack.stop());

  /** An organization of its own with the given limits, and its admin token. */
  async function organizationWith(rateLimits: Record<string, unknown>): Promise<{ id: string; token: string }> {
    const res = await stack.request('/api/v1/organizations', { body: { name: 'Limited', rate_limits: rateLimits } });
    expect(res.status).toBe(201);
    return { id: res.body.id, token: res.body.admin_token.token };
  }

  it('stores limits per organization, shown to its admin and changed only by the instance admin', async () => {
    const org = await organizationWith({ ingress_per_key: { per_second: 5, burst: 10 } });
    const settings = await stack.request('/api/v1/settings', { token: org.token });
    expect(settings.body.rate_limits).toMatchObject({ ingress_per_key: { per_second: 5, burst: 10 }, api_per_token: { per_second: 1000, burst: 2000 } });
    const back = await stack.request(`/api/v1/organizations/${org.id}`, { method: 'PATCH', body: { rate_limits: { ingress_per_key: null, api_per_token: { per_second: 50, burst: 60 } } } });
    expect(back.body.rate_limits).toMatchObject({ ingress_per_key: DEFAULT_RATE_LIMITS.ingress_per_key, api_per_token: { per_second: 50, burst: 60 } });
    const row = await stack.db.selectFrom('organizations').select('rate_limits').where('id', '=', org.id).executeTakeFirstOrThrow();
    expect(row.rate_limits).toEqual({ api_per_token: { per_second: 50, burst: 60 } });
  });

  it('answers 429 with Retry-After past an ingress key’s limit, leaves the other keys alone, and recovers', async () => {
    const org = await organizationWith({ ingress_per_key: { per_second: 0.2, burst: 3 } });
    const create = (name: string) => stack.request('/api/v1/incoming-webhooks', { token: org.token, body: { name, type: 'call_data' } });
    const noisy = (await create('noisy source')).body;
    const quiet = (await create('quiet source')).body;
    const post = (key: string) => ingress(stack, '/call-data', { query: `auth_key=${key}&caller_id=5551239876` });

    // The burst of 3 goes through (one more if the bucket refilled meanwhile), then the key is refused.
    let accepted = 0;
    let refused = await post(noisy.auth_key);
    for (; refused.status === 200 && accepted < 10; refused = await post(noisy.auth_key)) accepted++;
    expect(accepted).toBeGreaterThanOrEqual(3);
    expect(accepted).toBeLessThanOrEqual(4);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ ok: false, title: 'Too Many Requests', request_id: expect.stringMatching(/^req_/) });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(5);
    expect((await post(quiet.auth_key)).status).toBe(200);

    await pause(retryAfter * 1000 + 100);
    expect((await post(noisy.auth_key)).status).toBe(200);
    // Refused requests are in the request log like any other (written in batches, so it may take a moment).
    await waitFor('the 429 in the log', async () => (await stack.request(`/api/v1/logs/incoming?status=429&webhook_id=${noisy.id}`, { token: org.token })).body.data.length > 0);
  });

  it('limits an API token and a client address without touching other tokens or addresses', async () => {
    const org = await organizationWith({ api_per_token: { per_second: 0.1, burst: 2 }, api_per_address: { per_second: 0.1, burst: 3 } });
    const other = (await stack.request(`/api/v1/organizations/${org.id}/tokens`, { body: { name: 'other', role: 'read' } })).body.token;
    const from = (address: string, token = org.token) => stack.request('/api/v1/me', { token, headers: { 'x-forwarded-for': address } });

    expect([(await from('10.0.0.1')).status, (await from('10.0.0.1')).status]).toEqual([200, 200]);
    const limited = await from('10.0.0.2');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(limited.body.detail).toMatch(/with this API token/);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await from('10.0.0.1', other)).status).toBe(200);
    const address = await from('10.0.0.1', other);
    expect(address.status).toBe(429);
    expect(address.body.detail).toMatch(/from this address/);
    expect((await from('10.0.0.3', other)).status).toBe(200);
  });

  it('throttles an address that presents refused tokens (sign-in attempts), then lets it try again', async () => {
    const attempt = (token: string) => stack.request('/api/v1/me', { token, headers: { 'x-forwarded-for': '10.6.6.6' } });
    for (let i = 0; i < 5; i++) expect((await attempt(`chk_guess_${i}`)).status).toBe(401);
    const throttled = await attempt('chk_guess_6');
    expect(throttled.status).toBe(429);
    // Even the right token waits: the address is throttled before any token is looked up.
    expect((await attempt(stack.token)).status).toBe(429);
    expect((await stack.request('/api/v1/me', { headers: { 'x-forwarded-for': '10.6.6.7' } })).status).toBe(200);
    // Five a minute: one attempt is back after twelve seconds.
    await pause(Number(throttled.headers.get('retry-after')) * 1000 + 100);
    expect((await attempt(stack.token)).status).toBe(200);
  });

  it('shares one limit between API processes through PostgreSQL', async () => {
    let now = 0;
    const processes = [0, 1].map(() => new RateLimiter(new PgDemandStore(stack.db), () => now));
    const limit = { per_second: 10, burst: 10 };
    const perSecond: number[] = [];
    // Both processes see 100 requests a second for 10 s and sync every second, one after the other.
    for (let second = 0; second < 10; second++) {
      let allowed = 0;
      for (let step = 0; step < 100; step++) {
        now += 10;
        for (const p of processes) if (p.take({ key: 'shared-test-bucket', limit }).ok) allowed++;
      }
      perSecond.push(allowed);
      for (const p of processes) await p.sync();
    }
    // Until they have heard of each other each process allows the whole limit (burst and rate): at most twice
    // over in the first second, less in the second (one has heard); from then on, the limit.
    expect(perSecond[0]).toBeLessThanOrEqual(2 * (limit.burst + limit.per_second));
    expect(perSecond[1]).toBeLessThanOrEqual(2 * limit.per_second);
    for (const allowed of perSecond.slice(2)) expect(Math.abs(allowed - limit.per_second)).toBeLessThanOrEqual(1);
    const rows = await stack.db.selectFrom('rate_limit_demand').selectAll().where('bucket', '=', 'shared-test-bucket').execute();
    expect(rows).toHaveLength(2);
  });
});
