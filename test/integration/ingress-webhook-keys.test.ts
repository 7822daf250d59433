import type { RunningApi } from '../../src/api/server';
import { ingressKeyLookups } from '../../src/observability/metrics';
import { useStackAndSecondApi, type TestStack } from '../support/stack';
import { createIncomingWebhook, ingress } from './incoming-support';
import { waitFor } from './lifecycle-support';

// Every API process keeps the webhook each auth key opens in memory; these prove that no change to a webhook or
// an organization is outlived by what it keeps: its own changes at once, another process's by notification.
describe('the ingress keeps webhooks by key in memory, and drops them on every change', () => {
  let stack: TestStack;
  let second: RunningApi;
  useStackAndSecondApi((started, other) => ([stack, second] = [started, other]));

  let callers = 0;
  const post = (key: string, base = stack.api.url) =>
    ingress(stack, '/call-data', { base, headers: { 'x-auth-key': key }, json: { caller_id: `+1555300${String(callers++).padStart(4, '0')}`, lead: 'yes' } });
  const fromMemory = async () => (await ingressKeyLookups.get()).values.find((v) => v.labels.source === 'memory')?.value ?? 0;

  /** Posts until the server answers the key from memory (it keeps nothing until it follows changes). */
  async function keptBy(key: string, base = stack.api.url): Promise<void> {
    await waitFor(`${base} answering the key from memory`, async () => {
      const before = await fromMemory();
      expect((await post(key, base)).status).toBe(200);
      return (await fromMemory()) > before;
    });
  }

  it('refuses a key at once after its webhook is disabled through the API, and takes it at once when enabled', async () => {
    const hook = await createIncomingWebhook(stack, { type: 'call_data' });
    await keptBy(hook.auth_key);
    expect((await stack.request(`/api/v1/incoming-webhooks/${hook.id}`, { method: 'PATCH', body: { enabled: false } })).status).toBe(200);
    expect((await post(hook.auth_key)).status).toBe(403);
    expect((await stack.request(`/api/v1/incoming-webhooks/${hook.id}`, { method: 'PATCH', body: { enabled: true } })).status).toBe(200);
    expect((await post(hook.auth_key)).status).toBe(200);
  });

  it('retires a rotated key at once when its grace period is zero', async () => {
    const hook = await createIncomingWebhook(stack, { type: 'call_data' });
    await keptBy(hook.auth_key);
    const rotated = await stack.request(`/api/v1/incoming-webhooks/${hook.id}/rotate-key`, { body: { grace_period_seconds: 0 } });
    expect(rotated.status).toBe(200);
    expect((await post(hook.auth_key)).status).toBe(401);
    expect((await post(rotated.body.auth_key)).status).toBe(200);
  });

  it("refuses an organization's keys at once after the instance admin disables it", async () => {
    const org = await stack.request('/api/v1/organizations', { body: { name: 'Kept keys org' } });
    expect(org.status).toBe(201);
    const created = await stack.request('/api/v1/incoming-webhooks', { token: org.body.admin_token.token, body: { name: 'leads', type: 'call_data' } });
    expect(created.status).toBe(201);
    await keptBy(created.body.auth_key);
    expect((await stack.request(`/api/v1/organizations/${org.body.id}`, { method: 'PATCH', body: { enabled: false } })).status).toBe(200);
    expect((await post(created.body.auth_key)).status).toBe(403);
  });

  it('hears of a change another process made (here, plain SQL) by PostgreSQL notification', async () => {
    const hook = await createIncomingWebhook(stack, { type: 'call_data' });
    await keptBy(hook.auth_key, second.url);
    await stack.db.updateTable('incoming_webhooks').set({ enabled: false }).where('id', '=', hook.id).execute();
    // Well inside the ten seconds a key is kept at most, so only the notification can have told it.
    await waitFor('the second API refusing the disabled webhook', async () => (await post(hook.auth_key, second.url)).status === 403, 5_000);
  });
});
