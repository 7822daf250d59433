import { startTestStack, type TestStack } from '../support/stack';

describe('audit log', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  const entriesFor = async (resourceId: string, token?: string) => (await stack.request(`/api/v1/audit-log?resource_id=${resourceId}`, { token })).body.data as any[];

  it('records every change to a webhook with who made it and a diff, secrets redacted', async () => {
    const operator = (await stack.request('/api/v1/tokens', { body: { name: 'Dana (ops)', role: 'admin' } })).body;
    const as = { token: operator.token };
    const created = await stack.request('/api/v1/outgoing-webhooks', {
      ...as,
      body: {
        name: 'CRM feed',
        event_types: ['call.completed'],
        url: 'https://feed-user:feed-pass@crm.example.com/in?api_key=crm-key-123&list=7',
        headers: { Authorization: 'Bearer crm-bearer-456' },
        body_template: '{"caller": "[FROM]"}',
        signing: { enabled: true },
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    await stack.request(`/api/v1/outgoing-webhooks/${id}`, { ...as, method: 'PATCH', body: { body_template: '{"caller": "[FROM]", "v": 2}', headers: { Authorization: 'Bearer crm-bearer-789' } } });
    await stack.request(`/api/v1/outgoing-webhooks/${id}/rotate-secret`, { ...as, body: {} });
    await stack.request(`/api/v1/outgoing-webhooks/${id}`, { ...as, method: 'DELETE' });

    const entries = await entriesFor(id);
    expect(entries.map((e) => e.action)).toEqual(['deleted', 'secret_rotated', 'updated', 'created']);
    for (const entry of entries) {
      expect(entry).toMatchObject({ actor: { token_id: operator.id, name: 'Dana (ops)', role: 'admin' }, resource: { type: 'outgoing_webhook', id, name: 'CRM feed' } });
      expect(Date.parse(entry.at)).toBeGreaterThan(Date.now() - 60_000);
    }
    const update = entries[2];
    expect(update.changes).toEqual([
      { field: 'headers', before: { Authorization: '[redacted]' }, after: { Authorization: '[redacted]' } },
      { field: 'body_template', before: '{"caller": "[FROM]"}', after: '{"caller": "[FROM]", "v": 2}' },
    ]);
    expect(entries[3].changes).toEqual(expect.arrayContaining([{ field: 'url', before: null, after: 'https://[redacted]@crm.example.com/in?api_key=[redacted]&list=7' }]));
    expect(entries[1].changes.map((c: any) => c.field)).toEqual(['signing']);
    const text = JSON.stringify(entries);
    for (const secret of ['feed-pass', 'crm-key-123', 'crm-bearer', created.body.signing_secret]) expect(text).not.toContain(secret);
  });

  it('records incoming webhooks (keys redacted), tags, tokens and settings', async () => {
    const webhook = (await stack.request('/api/v1/incoming-webhooks', { body: { name: 'Lead form', type: 'call_data' } })).body;
    await stack.request(`/api/v1/incoming-webhooks/${webhook.id}/rotate-key`, { body: { grace_period_seconds: 0 } });
    const rotation = (await entriesFor(webhook.id))[0];
    expect(rotation).toMatchObject({ action: 'key_rotated', actor: { role: 'instance_admin' } });
    expect(rotation.changes.map((c: any) => c.field)).toEqual(expect.arrayContaining(['auth_key', 'url']));
    expect(JSON.stringify(await entriesFor(webhook.id))).not.toContain(webhook.auth_key.slice(4));

    const tag = (await stack.request('/api/v1/tags', { body: { name: 'HOMEOWNER' } })).body;
    await stack.request(`/api/v1/tags/${tag.id}`, { method: 'PATCH', body: { display_name: 'Home owner' } });
    expect((await entriesFor(tag.id)).map((e) => [e.action, e.changes.map((c: any) => c.field)])).toEqual([
      ['updated', ['display_name']],
      ['created', expect.arrayContaining(['name', 'display_name'])],
    ]);

    const token = (await stack.request('/api/v1/tokens', { body: { name: 'Zapier', role: 'read' } })).body;
    await stack.request(`/api/v1/tokens/${token.id}`, { method: 'DELETE' });
    const tokenEntries = await entriesFor(token.id);
    expect(tokenEntries.map((e) => e.action)).toEqual(['revoked', 'created']);
    expect(tokenEntries[0].changes).toEqual(expect.arrayContaining([{ field: 'status', before: 'active', after: 'revoked' }]));
    expect(JSON.stringify(tokenEntries)).not.toContain(token.token);

    await stack.request('/api/v1/settings', { method: 'PATCH', body: { timezone: 'America/Denver' } });
    expect((await entriesFor(stack.orgId))[0]).toMatchObject({ action: 'updated', resource: { type: 'settings' }, changes: [{ field: 'timezone', before: 'UTC', after: 'America/Denver' }] });
  });

  it("records the instance admin's changes to an organization in that organization's log", async () => {
    const org = (await stack.request('/api/v1/organizations', { body: { name: 'Tenant' } })).body;
    await stack.request(`/api/v1/organizations/${org.id}`, { method: 'PATCH', body: { retention_days: 7 } });
    const entries = (await stack.request('/api/v1/audit-log', { token: org.admin_token.token })).body.data;
    expect(entries.map((e: any) => [e.action, e.resource.type])).toEqual([
      ['updated', 'organization'],
      ['created', 'organization'],
    ]);
    expect(entries[0].changes).toEqual([{ field: 'retention_days', before: 30, after: 7 }]);
    expect(entries[0].actor.role).toBe('instance_admin');
  });

  it('writes nothing for a change that was refused', async () => {
    await stack.request('/api/v1/tags', { body: { name: 'DUPLICATE' } });
    const before = (await stack.request('/api/v1/audit-log?limit=200')).body.data.length;
    expect((await stack.request('/api/v1/tags', { body: { name: 'DUPLICATE' } })).status).toBe(409);
    expect((await stack.request('/api/v1/audit-log?limit=200')).body.data.length).toBe(before);
  });

  it('pages newest first with a cursor, and is readable by read tokens', async () => {
    const read = (await stack.request('/api/v1/tokens', { body: { name: 'auditor', role: 'read' } })).body.token;
    const all = (await stack.request('/api/v1/audit-log?limit=200', { token: read })).body.data;
    expect(all.length).toBeGreaterThan(5);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: any = await stack.request(`/api/v1/audit-log?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { token: read });
      seen.push(...res.body.data.map((e: any) => e.id));
      cursor = res.body.next_cursor;
    } while (cursor);
    expect(seen).toEqual(all.map((e: any) => e.id));
    expect([...seen].sort().reverse()).toEqual(seen);
  });
});
