import { issueApiToken } from '../../src/db/repositories/api-tokens';
import { createOrganization } from '../../src/db/repositories/organizations';
import { startTestStack, type TestStack } from '../support/stack';
import { createIncomingWebhook, ingress } from './incoming-support';

describe('incoming webhooks API: CRUD, keys, URLs and rotation', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ PUBLIC_BASE_URL: 'https://hooks.example.com/' });
  });
  afterAll(() => stack.stop());

  it('creates a webhook with defaults, a 256-bit key and a ready-to-use URL, and shows the same key again', async () => {
    const created = await createIncomingWebhook(stack, { name: 'Lead form', type: 'call_data' });
    expect(created).toMatchObject({ id: expect.stringMatching(/^iwh_/), type: 'call_data', enabled: true, lifespan_seconds: 3600, default_region: null, parameter_map: {} });
    expect(created.auth_key).toMatch(/^ihk_[A-Za-z0-9_-]{43}$/);
    expect(created.url).toBe(`https://hooks.example.com/call-data?auth_key=${created.auth_key}`);
    expect(created.example_url).toBe(`${created.url}&caller_id=%2B15551234567&tag1=value1`);

    const again = await stack.request(`/api/v1/incoming-webhooks/${created.id}`);
    expect(again.body).toMatchObject({ auth_key: created.auth_key, url: created.url });
    // Stored as a hash and a sealed copy, never in the clear.
    const row = await stack.db.selectFrom('incoming_webhooks').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(created.auth_key);

    const list = await stack.request('/api/v1/incoming-webhooks?limit=1');
    expect(list.body.data).toHaveLength(1);
  });

  it('validates lifespan bounds, type and region, naming the field', async () => {
    for (const [body, field] of [
      [{ name: 'x', type: 'call_data', lifespan_seconds: 5 }, 'body.lifespan_seconds'],
      [{ name: 'x', type: 'call_data', lifespan_seconds: 40 * 86_400 }, 'body.lifespan_seconds'],
      [{ name: 'x', type: 'pre_call' }, 'body.type'],
      [{ name: 'x', type: 'call_data', default_region: 'XX' }, 'body.default_region'],
    ] as const) {
      const res = await stack.request('/api/v1/incoming-webhooks', { body });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ path: field })]);
    }
  });

  it('changes and deletes a webhook; a deleted key stops working', async () => {
    const created = await createIncomingWebhook(stack, { type: 'update_tags' });
    const changed = await stack.request(`/api/v1/incoming-webhooks/${created.id}`, { method: 'PATCH', body: { name: 'Renamed', default_region: 'gb' } });
    expect(changed.body).toMatchObject({ name: 'Renamed', default_region: 'GB', type: 'update_tags', lifespan_seconds: 3600, auth_key: created.auth_key });
    expect((await stack.request(`/api/v1/incoming-webhooks/${created.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await stack.request(`/api/v1/incoming-webhooks/${created.id}`)).status).toBe(404);
    expect((await ingress(stack, '/update-tags', { query: `auth_key=${created.auth_key}&call_id=c&t=1` })).status).toBe(401);
  });

  it('rotates the key: the old one works for the grace period, or stops at once with no grace', async () => {
    const created = await createIncomingWebhook(stack, { type: 'call_data' });
    const rotated = await stack.request(`/api/v1/incoming-webhooks/${created.id}/rotate-key`, { body: { grace_period_seconds: 600 } });
    expect(rotated.status).toBe(200);
    expect(rotated.body.auth_key).not.toBe(created.auth_key);
    expect(rotated.body.url).toContain(rotated.body.auth_key);
    expect(Date.parse(rotated.body.previous_key_expires_at)).toBeGreaterThan(Date.now());
    const post = (key: string) => ingress(stack, '/call-data', { query: `auth_key=${key}&caller_id=5551239900&t=1` });
    expect((await post(created.auth_key)).status).toBe(200);
    expect((await post(rotated.body.auth_key)).status).toBe(200);

    const again = await stack.request(`/api/v1/incoming-webhooks/${created.id}/rotate-key`, { body: { grace_period_seconds: 0 } });
    expect((await post(rotated.body.auth_key)).status).toBe(401);
    expect((await post(created.auth_key)).status).toBe(401);
    expect((await post(again.body.auth_key)).status).toBe(200);
  });

  it('never shows another organization a webhook', async () => {
    const created = await createIncomingWebhook(stack, { type: 'call_data' });
    const other = await createOrganization(stack.db, 'Other');
    const { token } = await issueApiToken(stack.db, other.id, 'other');
    expect((await stack.request(`/api/v1/incoming-webhooks/${created.id}`, { token })).status).toBe(404);
    expect((await stack.request('/api/v1/incoming-webhooks', { token })).body.data).toEqual([]);
  });
});
