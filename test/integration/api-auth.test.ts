import { issueApiToken } from '../../src/db/repositories/api-tokens';
import { createOrganization } from '../../src/db/repositories/organizations';
import { startTestStack, type TestStack } from '../support/stack';

describe('bearer authentication on /api/v1', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  it('answers 401 problem+json without a token', async () => {
    const res = await stack.request('/api/v1/outgoing-webhooks', { token: null });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(res.body).toMatchObject({ status: 401, title: 'Unauthorized' });
  });

  it('answers 401 with a wrong token', async () => {
    const res = await stack.request('/api/v1/outgoing-webhooks', { token: `${stack.token}x` });
    expect(res.status).toBe(401);
    expect(res.body.detail).toMatch(/not valid/);
  });

  it('accepts the admin token and tells who it is', async () => {
    const res = await stack.request('/api/v1/me');
    expect(res.status).toBe(200);
    expect(res.body.organization.id).toBe(stack.orgId);
  });

  it('scopes every token to its own organization', async () => {
    const mine = await stack.request('/api/v1/outgoing-webhooks', {
      body: { name: 'mine', event_types: ['call.hangup'], url: 'http://127.0.0.1:9/x', body_template: '{}' },
    });
    expect(mine.status).toBe(201);

    const other = await createOrganization(stack.db, 'Other org');
    const { token } = await issueApiToken(stack.db, other.id, 'other admin');
    const list = await stack.request('/api/v1/outgoing-webhooks', { token });
    expect(list.status).toBe(200);
    expect(list.body.data).toEqual([]);
    const direct = await stack.request(`/api/v1/outgoing-webhooks/${mine.body.id}`, { token });
    expect(direct.status).toBe(404);
  });

  it('stores tokens hashed, never in plain text', async () => {
    const rows = await stack.db.selectFrom('api_tokens').selectAll().execute();
    for (const row of rows) expect(row.token_hash.toString('utf8')).not.toContain(stack.token);
    expect(rows.some((r) => r.token_hash.length === 32)).toBe(true);
  });

  it('publishes an OpenAPI document generated from the route schemas, and a docs page', async () => {
    const doc = await stack.request('/api/v1/openapi.json', { token: null });
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    const op = doc.body.paths['/api/v1/calls/{call_id}/events'].post;
    expect(op.requestBody.content['application/json'].schema.properties.type.enum).toEqual(['incoming', 'connected', 'hangup', 'failure', 'converted']);
    const docs = await fetch(`${stack.api.url}/docs`);
    expect(await docs.text()).toContain('swagger-ui');
  });
});
