import type { RunningApi } from '../../src/api/server';
import { issueApiToken } from '../../src/db/repositories/api-tokens';
import { useStackAndSecondApi, type TestStack } from '../support/stack';
import { apiTokenLookups } from '../../src/observability/metrics';
import { createIncomingWebhook } from './incoming-support';
import { waitFor } from './lifecycle-support';

describe('scoped API tokens: roles, expiry, revocation, masking', () => {
  let stack: TestStack;
  // A second API process on the same database: revocation must reach it too.
  let second: RunningApi;
  useStackAndSecondApi((started, other) => ([stack, second] = [started, other]));

  async function createToken(role: string, extra: Record<string, unknown> = {}): Promise<{ id: string; token: string }> {
    const res = await stack.request('/api/v1/tokens', { body: { name: `${role} token`, role, ...extra } });
    expect(res.status).toBe(201);
    return res.body;
  }

  const fromMemory = async () => (await apiTokenLookups.get()).values.find((v) => v.labels.source === 'memory')?.value ?? 0;
  const event = (token: string, callId: string) =>
    stack.request(`/api/v1/calls/${callId}/events`, { token, body: { type: 'incoming', event_id: `${callId}-1`, call: { from: '+15551230000' } } });

  it('shows a new token once, stores only its hash, and lists it with its role and expiry', async () => {
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const created = await stack.request('/api/v1/tokens', { body: { name: 'CRM export', role: 'read', expires_at: expiresAt } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.stringMatching(/^tok_/), name: 'CRM export', role: 'read', status: 'active', expires_at: expiresAt, last_used_at: null });
    expect(created.body.token).toMatch(/^chk_[A-Za-z0-9_-]{43}$/);

    const shown = await stack.request(`/api/v1/tokens/${created.body.id}`);
    expect(shown.body).not.toHaveProperty('token');
    expect(JSON.stringify((await stack.request('/api/v1/tokens')).body)).not.toContain(created.body.token);
    const row = await stack.db.selectFrom('api_tokens').selectAll().where('id', '=', created.body.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(created.body.token);
  });

  it('refuses a bad role or an expiry in the past, naming the field', async () => {
    const role = await stack.request('/api/v1/tokens', { body: { name: 'x', role: 'owner' } });
    expect(role.status).toBe(400);
    expect(role.body.errors).toEqual([expect.objectContaining({ path: 'body.role' })]);
    const past = await stack.request('/api/v1/tokens', { body: { name: 'x', role: 'read', expires_at: '2020-01-01T00:00:00Z' } });
    expect(past.status).toBe(422);
    expect(past.body.errors).toEqual([expect.objectContaining({ path: 'body.expires_at', message: 'must be in the future' })]);
  });

  it('lets a platform token post call events and nothing else', async () => {
    const { token } = await createToken('platform');
    const accepted = await event(token, 'platform-call-1');
    expect(accepted.status).toBe(202);
    expect(accepted.body.workflow_id).toContain(stack.orgId);

    for (const [method, path, body] of [
      ['GET', '/api/v1/me'],
      ['GET', '/api/v1/outgoing-webhooks'],
      ['GET', '/api/v1/calls/platform-call-1'],
      ['POST', '/api/v1/tags', { name: 'HOMEOWNER' }],
      ['POST', '/api/v1/tokens', { name: 'escalate', role: 'admin' }],
    ] as const) {
      const res = await stack.request(path, { method, token, body });
      expect({ path, status: res.status }).toEqual({ path, status: 403 });
      expect(res.body.detail).toMatch(/platform token cannot do this/);
    }
  });

  it('lets a read token read everything and change nothing', async () => {
    const { token } = await createToken('read');
    const webhook = await createIncomingWebhook(stack, { type: 'call_data' });
    expect((await stack.request('/api/v1/me', { token })).body.token).toMatchObject({ role: 'read', instance_admin: false });
    expect((await stack.request('/api/v1/incoming-webhooks', { token })).status).toBe(200);
    expect((await stack.request('/api/v1/tokens', { token })).status).toBe(200);

    for (const [method, path, body] of [
      ['POST', '/api/v1/tags', { name: 'HOMEOWNER' }],
      ['PATCH', `/api/v1/incoming-webhooks/${webhook.id}`, { name: 'renamed' }],
      ['POST', `/api/v1/incoming-webhooks/${webhook.id}/rotate-key`, {}],
      ['DELETE', `/api/v1/incoming-webhooks/${webhook.id}`],
      ['POST', '/api/v1/tokens', { name: 'escalate', role: 'admin' }],
      ['POST', '/api/v1/calls/read-call/events', { type: 'incoming' }],
    ] as const) {
      const res = await stack.request(path, { method, token, body });
      expect({ path, method, status: res.status }).toEqual({ path, method, status: 403 });
    }
    expect((await stack.request(`/api/v1/incoming-webhooks/${webhook.id}`)).body.name).toBe(webhook.name);
  });

  it('shows secrets in full to admin tokens and masked to read tokens', async () => {
    const { token } = await createToken('read');
    const incoming = await createIncomingWebhook(stack, { type: 'call_data' });
    const outgoing = await stack.request('/api/v1/outgoing-webhooks', {
      body: {
        name: 'CRM',
        event_types: ['call.completed'],
        url: 'https://crm-user:crm-pass@crm.example.com/hook?api_key=k-123456789&campaign=solar',
        headers: { Authorization: 'Bearer crm-secret-123', 'X-Campaign': 'solar' },
        body_template: '{}',
      },
    });
    expect(outgoing.status).toBe(201);

    const full = await stack.request(`/api/v1/outgoing-webhooks/${outgoing.body.id}`);
    expect(full.body.url).toContain('crm-pass');
    expect(full.body.headers.Authorization).toBe('Bearer crm-secret-123');

    const masked = await stack.request(`/api/v1/outgoing-webhooks/${outgoing.body.id}`, { token });
    expect(masked.body.url).toBe('https://[redacted]@crm.example.com/hook?api_key=[redacted]&campaign=solar');
    expect(masked.body.headers).toEqual({ Authorization: '[redacted]', 'X-Campaign': 'solar' });
    const maskedList = await stack.request('/api/v1/outgoing-webhooks', { token });
    expect(JSON.stringify(maskedList.body)).not.toMatch(/crm-pass|crm-secret-123|k-123456789/);

    const key = await stack.request(`/api/v1/incoming-webhooks/${incoming.id}`, { token });
    expect(key.body.auth_key).toBe('[redacted]');
    expect(key.body.url).toMatch(/auth_key=\[redacted\]$/);
    const keys = await stack.request('/api/v1/incoming-webhooks', { token });
    expect(JSON.stringify(keys.body)).not.toContain(incoming.auth_key);
  });

  /** Asks `base` with the token until it answers from memory (a server keeps nothing until it follows changes). */
  async function keptBy(token: string, base: string): Promise<void> {
    await waitFor(`${base} answering the token from memory`, async () => {
      const before = await fromMemory();
      expect((await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
      return (await fromMemory()) > before;
    });
  }

  it('revokes a token at once, in every API process, though each keeps accepted tokens in memory', async () => {
    const admin = await createToken('admin');
    const platform = await createToken('platform');
    await keptBy(admin.token, stack.api.url);
    await keptBy(admin.token, second.url);
    expect((await event(platform.token, 'kept-call')).status).toBe(202);

    expect((await stack.request(`/api/v1/tokens/${admin.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await stack.request(`/api/v1/tokens/${platform.id}`, { method: 'DELETE' })).status).toBe(204);
    const refused = await stack.request('/api/v1/me', { token: admin.token });
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toMatch(/^The API token was revoked at /);
    expect((await event(platform.token, 'revoked-call')).status).toBe(401);
    // The other process hears of it by PostgreSQL's notification, sent at the revocation's commit.
    await waitFor('the second API refusing the revoked token', async () => (await fetch(`${second.url}/api/v1/me`, { headers: { authorization: `Bearer ${admin.token}` } })).status === 401, 5_000);
    expect((await stack.request(`/api/v1/tokens/${admin.id}`)).body).toMatchObject({ status: 'revoked', revoked_at: expect.any(String) });
  });

  it('hears of a revocation another process made (here, plain SQL) by PostgreSQL notification', async () => {
    const admin = await createToken('admin');
    await keptBy(admin.token, second.url);
    await stack.db.updateTable('api_tokens').set({ revoked_at: new Date() }).where('id', '=', admin.id).execute();
    // Well inside the ten seconds a check is kept at most, so only the notification can have told it.
    await waitFor('the second API refusing the revoked token', async () => (await fetch(`${second.url}/api/v1/me`, { headers: { authorization: `Bearer ${admin.token}` } })).status === 401, 5_000);
  });

  it('refuses a kept token once it expires', async () => {
    const { token } = await issueApiToken(stack.db, stack.orgId, 'briefly', { role: 'admin', expiresAt: new Date(Date.now() + 3_000) });
    await keptBy(token, stack.api.url);
    await waitFor('the token to expire', async () => (await stack.request('/api/v1/me', { token })).status === 401, 8_000);
    expect((await stack.request('/api/v1/me', { token })).body.detail).toMatch(/^The API token expired at /);
  });

  it('refuses an expired token', async () => {
    const { token } = await issueApiToken(stack.db, stack.orgId, 'yesterday', { role: 'admin', expiresAt: new Date(Date.now() - 86_400_000) });
    const res = await stack.request('/api/v1/me', { token });
    expect(res.status).toBe(401);
    expect(res.body.detail).toMatch(/^The API token expired at /);
    expect((await event(token, 'expired-call')).status).toBe(401);
  });

  it('notes when a token was last used, writing at most once a minute', async () => {
    const { id, token } = await createToken('read');
    await stack.request('/api/v1/me', { token });
    const first = (await stack.request(`/api/v1/tokens/${id}`)).body.last_used_at;
    expect(first).toEqual(expect.any(String));
    await stack.request('/api/v1/me', { token });
    expect((await stack.request(`/api/v1/tokens/${id}`)).body.last_used_at).toBe(first);
  });

  it('documents the roles each route admits in the OpenAPI document', async () => {
    const doc = (await stack.request('/api/v1/openapi.json', { token: null })).body;
    expect(doc.paths['/api/v1/calls/{call_id}/events'].post['x-roles']).toEqual(['admin', 'platform']);
    expect(doc.paths['/api/v1/tags'].get['x-roles']).toEqual(['admin', 'read']);
    expect(doc.paths['/api/v1/tags'].post['x-roles']).toEqual(['admin']);
    expect(Object.keys(doc.paths['/api/v1/tags'].post.responses)).toEqual(expect.arrayContaining(['401', '403', '429']));
    expect(doc.paths['/api/v1/organizations'].get['x-roles']).toEqual(['instance_admin']);
  });
});
