import { startTestStack, type TestStack } from '../support/stack';
import { createIncomingWebhook, ingress, loggedRequest } from './incoming-support';

// Requests a hostile but legitimate client can send to the public ingress: none may cost another request its
// log record, stall the process or answer 500.
describe('public ingress under hostile input', () => {
  let stack: TestStack;
  let callData: Awaited<ReturnType<typeof createIncomingWebhook>>;

  beforeAll(async () => {
    stack = await startTestStack();
    callData = await createIncomingWebhook(stack, { type: 'call_data' });
  });
  afterAll(() => stack.stop());

  it('logs requests carrying NUL bytes and unpaired surrogates, and never loses the records written beside them', async () => {
    const key = `auth_key=${callData.auth_key}`;
    const [nulQuery, nulBody, surrogate, valid] = await Promise.all([
      ingress(stack, '/call-data', { query: `${key}&caller_id=5551239001&x=a%00b&n%00ame=1` }),
      ingress(stack, '/call-data', { query: key, body: '{"caller_id": "5551239002", "x": "a\u0000b"}', headers: { 'content-type': 'application/json' } }),
      ingress(stack, '/call-data', { query: key, body: '{"caller_id": "5551239003", "x": "\\ud800"}', headers: { 'content-type': 'application/json' } }),
      ingress(stack, '/call-data', { query: `${key}&caller_id=5551239004&source=normal` }),
    ]);
    expect(valid.status).toBe(200);
    for (const hostile of [nulQuery, nulBody, surrogate]) expect(hostile.status).toBeLessThan(500);

    expect(await loggedRequest(stack, valid.body.request_id)).toMatchObject({ status: 200, query: { source: 'normal' } });
    expect((await loggedRequest(stack, nulQuery.body.request_id)).query).toMatchObject({ x: 'a\uFFFDb', 'n\uFFFDame': '1' });
    expect((await loggedRequest(stack, nulBody.body.request_id)).body).toBe('{"caller_id": "5551239002", "x": "a\uFFFDb"}');
    expect((await loggedRequest(stack, surrogate.body.request_id)).status).toBe(surrogate.status);
  });

  it('refuses JSON nested deeper than 32 levels with a 400 naming where, for objects and arrays alike', async () => {
    const key = `auth_key=${callData.auth_key}`;
    const deepObject = `{"caller_id": "5551239010", "lead": ${'{"a":'.repeat(7000)}1${'}'.repeat(7000)}}`;
    const deepArray = `{"caller_id": "5551239011", "remove": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const [object, array] = await Promise.all(
      [deepObject, deepArray].map((body) => ingress(stack, '/call-data', { query: key, body, headers: { 'content-type': 'application/json' } })),
    );
    expect(object.status).toBe(400);
    expect(object.body.errors).toEqual([{ path: `lead${'.a'.repeat(31)}`, message: 'nests deeper than 32 levels' }]);
    expect(array.status).toBe(400);
    expect(array.body.errors[0]).toEqual({ path: `remove${'.0'.repeat(31)}`, message: 'nests deeper than 32 levels' });
    expect(await loggedRequest(stack, object.body.request_id)).toMatchObject({ status: 400, webhook_id: callData.id });
  });

  it('never stores the presented key, whatever name or header the sender put it under', async () => {
    const key = callData.auth_key;
    const accepted = await ingress(stack, '/call-data', {
      query: `ref=${key}&caller_id=5551239020`,
      json: { note: `see ${key}`, nested: { copy: key } },
      headers: { 'X-Auth-Key': key, Referer: `https://lead.example/form?auth_key=${key}`, 'X-Forwarded-For': `${key}, 10.0.0.1` },
    });
    const echoed = await ingress(stack, '/call-data', { query: `auth_key=${key}&cid=${key}` });
    expect([accepted.status, echoed.status]).toEqual([200, 400]);
    expect(echoed.body.detail).toContain(key);

    for (const res of [accepted, echoed]) {
      const log = await loggedRequest(stack, res.body.request_id);
      expect(JSON.stringify(log)).not.toContain(key);
      expect(log.webhook_id).toBe(callData.id);
    }
    const log = await loggedRequest(stack, accepted.body.request_id);
    expect(log.query.ref).toBe('[redacted]');
    expect(log.headers).toMatchObject({ referer: 'https://lead.example/form?auth_key=[redacted]', 'x-forwarded-for': '[redacted], 10.0.0.1' });
  });

  it('titles a 415 correctly, logs body-parser refusals under the ingress path, and refuses fullwidth digits', async () => {
    const charset = await ingress(stack, '/call-data', { query: `auth_key=${callData.auth_key}`, body: '{}', headers: { 'content-type': 'application/json; charset=latin1' } });
    expect(charset.status).toBe(415);
    expect(charset.body).toMatchObject({ title: 'Unsupported Media Type', status: 415, errors: [{ path: 'body' }] });
    expect(await loggedRequest(stack, charset.body.request_id)).toMatchObject({ status: 415, path: '/call-data', webhook_id: callData.id });

    const fullwidth = await ingress(stack, '/call-data', { query: `auth_key=${callData.auth_key}&caller_id=${encodeURIComponent('５５５１２３９０３０')}` });
    expect(fullwidth.status).toBe(400);
    expect(fullwidth.body.errors).toEqual([expect.objectContaining({ path: 'caller_id' })]);
  });

  it('takes the key as a bearer token in any letter case, as documented', async () => {
    const lower = await ingress(stack, '/call-data', { query: 'caller_id=5551239031', headers: { Authorization: `bearer ${callData.auth_key}` } });
    expect(lower.status).toBe(200);
    const doc = await stack.request('/api/v1/openapi.json');
    expect(doc.body.components.securitySchemes.bearer.description).toMatch(/case-insensitive/);
  });
});
