import { bootstrapDatabase } from '../../src/db/bootstrap';
import { startTestStack, type TestStack } from '../support/stack';
import { ingress } from './incoming-support';

describe('organizations: the instance admin, settings, disabling', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  async function createOrganization(body: Record<string, unknown>): Promise<{ id: string; admin_token: { token: string }; [k: string]: any }> {
    const res = await stack.request('/api/v1/organizations', { body });
    expect(res.status).toBe(201);
    return res.body;
  }

  it('makes ADMIN_TOKEN the instance admin', async () => {
    const me = await stack.request('/api/v1/me');
    expect(me.body.token).toMatchObject({ role: 'admin', instance_admin: true });
  });

  it('creates an organization with its settings and a first admin token that opens only it', async () => {
    const org = await createOrganization({ name: 'Acme Leads', default_region: 'gb', timezone: 'Europe/London', match_window_seconds: 86_400 });
    expect(org).toMatchObject({ id: expect.stringMatching(/^org_/), name: 'Acme Leads', enabled: true, default_region: 'GB', timezone: 'Europe/London', match_window_seconds: 86_400, retention_days: 30 });
    expect(org.admin_token).toMatchObject({ role: 'admin', instance_admin: false, token: expect.stringMatching(/^chk_/) });

    const token = org.admin_token.token;
    const me = await stack.request('/api/v1/me', { token });
    expect(me.body.organization).toMatchObject({ id: org.id, name: 'Acme Leads', default_region: 'GB' });
    expect((await stack.request('/api/v1/settings', { token })).body).toMatchObject({ id: org.id, timezone: 'Europe/London' });

    const listed = await stack.request('/api/v1/organizations?limit=200');
    expect(listed.body.data.map((o: any) => o.id)).toEqual(expect.arrayContaining([stack.orgId, org.id]));
  });

  it('lets only the instance admin manage organizations', async () => {
    const org = await createOrganization({ name: 'Tenant' });
    const orgAdmin = org.admin_token.token;
    const localAdmin = (await stack.request('/api/v1/tokens', { body: { name: 'local admin', role: 'admin' } })).body.token;
    for (const token of [orgAdmin, localAdmin]) {
      for (const [method, path, body] of [
        ['GET', '/api/v1/organizations'],
        ['GET', `/api/v1/organizations/${org.id}`],
        ['POST', '/api/v1/organizations', { name: 'mine' }],
        ['PATCH', `/api/v1/organizations/${stack.orgId}`, { enabled: false }],
        ['POST', `/api/v1/organizations/${stack.orgId}/tokens`, { name: 'x', role: 'admin' }],
      ] as const) {
        const res = await stack.request(path, { method, token, body });
        expect({ method, path, status: res.status }).toEqual({ method, path, status: 403 });
        expect(res.body.detail).toMatch(/Only the instance admin/);
      }
    }
  });

  it("lets an organization's admin change its settings, validating each", async () => {
    const token = (await createOrganization({ name: 'Settings org' })).admin_token.token;
    const changed = await stack.request('/api/v1/settings', { method: 'PATCH', token, body: { timezone: 'America/Chicago', retention_days: 90 } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ timezone: 'America/Chicago', retention_days: 90, default_region: 'US', match_window_seconds: 7 * 86_400 });

    const bad = await stack.request('/api/v1/settings', { method: 'PATCH', token, body: { timezone: 'Mars/Olympus', default_region: 'XX', match_window_seconds: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: any) => e.path).sort()).toEqual(['body.default_region', 'body.match_window_seconds', 'body.timezone']);
    expect((await stack.request('/api/v1/settings', { token })).body.timezone).toBe('America/Chicago');
  });

  it("disables an organization: its tokens and ingress keys stop working at once, and work again when enabled", async () => {
    const org = await createOrganization({ name: 'Soon disabled' });
    const token = org.admin_token.token;
    const webhook = (await stack.request('/api/v1/incoming-webhooks', { token, body: { name: 'form', type: 'call_data' } })).body;
    const post = () => ingress(stack, '/call-data', { query: `auth_key=${webhook.auth_key}&caller_id=5551234400` });
    expect((await post()).status).toBe(200);

    const disabled = await stack.request(`/api/v1/organizations/${org.id}`, { method: 'PATCH', body: { enabled: false } });
    expect(disabled.body).toMatchObject({ enabled: false, disabled_at: expect.any(String) });
    const refused = await stack.request('/api/v1/me', { token });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/organization was disabled/);
    const ingressRefused = await post();
    expect(ingressRefused.status).toBe(403);
    expect(ingressRefused.body.detail).toMatch(/organization is disabled/);

    await stack.request(`/api/v1/organizations/${org.id}`, { method: 'PATCH', body: { enabled: true } });
    expect((await stack.request('/api/v1/me', { token })).status).toBe(200);
    expect((await post()).status).toBe(200);
  });

  it("refuses to disable the instance admin's own organization", async () => {
    const res = await stack.request(`/api/v1/organizations/${stack.orgId}`, { method: 'PATCH', body: { enabled: false } });
    expect(res.status).toBe(409);
    expect((await stack.request('/api/v1/me')).status).toBe(200);
  });

  it('issues a token into an organization whose admin token was lost', async () => {
    const org = await createOrganization({ name: 'Lost token' });
    const issued = await stack.request(`/api/v1/organizations/${org.id}/tokens`, { body: { name: 'replacement', role: 'admin' } });
    expect(issued.status).toBe(201);
    expect((await stack.request('/api/v1/me', { token: issued.body.token })).body.organization.id).toBe(org.id);
    expect((await stack.request('/api/v1/organizations/org_missing/tokens', { body: { name: 'x', role: 'admin' } })).status).toBe(404);
  });

  it('keeps a revoked ADMIN_TOKEN revoked across restarts; a new ADMIN_TOKEN opens the instance admin', async () => {
    const old = (await stack.request('/api/v1/tokens', { body: { name: 'temporary', role: 'read' } })).body;
    await stack.request(`/api/v1/tokens/${old.id}`, { method: 'DELETE' });
    await bootstrapDatabase(stack.db, old.token);
    expect((await stack.request('/api/v1/me', { token: old.token })).status).toBe(401);

    const replacement = 'chk_replacement_admin_token_0123456789';
    await bootstrapDatabase(stack.db, replacement);
    const me = await stack.request('/api/v1/me', { token: replacement });
    expect(me.body).toMatchObject({ organization: { id: stack.orgId }, token: { instance_admin: true } });
  });
});
