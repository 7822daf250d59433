import { Client, Connection } from '@temporalio/client';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/api/app';
import { ingressRequestLog } from '../../src/api/ingress';
import { freePort } from '../../src/dev/free-port';
import { callerWorkflowId, registerCallUpdate, type Enrichment } from '../../src/shared/messages';
import { startTestStack, uniqueName, type TestStack } from '../support/stack';
import { createIncomingWebhook, ingress, loggedRequest } from './incoming-support';

/** What the caller's pre-call workflow holds, merged as a call would see it. */
async function heldData(stack: TestStack, caller: string): Promise<Record<string, string>> {
  const held: Enrichment[] = await stack.temporal.workflow
    .getHandle(callerWorkflowId(stack.orgId, caller))
    .executeUpdate(registerCallUpdate, { args: [{ callWorkflowId: uniqueName('no-such-call') }] });
  return Object.assign({}, ...held.map((e) => e.data));
}

describe('public ingress: auth, parameters, status codes and the request log', () => {
  let stack: TestStack;
  let callData: Awaited<ReturnType<typeof createIncomingWebhook>>;
  let updateTags: Awaited<ReturnType<typeof createIncomingWebhook>>;

  beforeAll(async () => {
    stack = await startTestStack({ PUBLIC_BASE_URL: 'https://hooks.example.com' });
    callData = await createIncomingWebhook(stack, { type: 'call_data', parameter_map: { Zip: 'POSTAL_CODE' } });
    updateTags = await createIncomingWebhook(stack, { type: 'update_tags' });
  });
  afterAll(() => stack.stop());

  it('accepts the key as auth_key, X-Auth-Key or a bearer token, and answers with a request id', async () => {
    const viaQuery = await ingress(stack, '/call-data', { query: `auth_key=${callData.auth_key}&caller_id=5551230001&a=1` });
    expect(viaQuery.status).toBe(200);
    expect(viaQuery.body).toEqual({ ok: true, request_id: expect.stringMatching(/^req_/), caller_id: '+15551230001', expires_at: expect.any(String), duplicate: false });
    expect(viaQuery.headers.get('x-request-id')).toBe(viaQuery.body.request_id);

    const viaHeader = await ingress(stack, '/call-data', { query: 'caller_id=5551230001&b=2', headers: { 'X-Auth-Key': callData.auth_key } });
    const viaBearer = await ingress(stack, '/call-data', { json: { caller_id: '5551230001', c: 3 }, headers: { Authorization: `Bearer ${callData.auth_key}` } });
    expect([viaHeader.status, viaBearer.status]).toEqual([200, 200]);
    expect(await heldData(stack, '+15551230001')).toEqual({ A: '1', B: '2', C: '3' });
  });

  it('answers 401 for a missing or unknown key and for a key of another type, 403 when disabled, each with a request id', async () => {
    const missing = await ingress(stack, '/call-data', { query: 'caller_id=5551230002' });
    const unknown = await ingress(stack, '/call-data', { query: 'auth_key=ihk_nope&caller_id=5551230002' });
    const otherType = await ingress(stack, '/update-tags', { query: `auth_key=${callData.auth_key}&call_id=x&t=1` });
    const otherTypeBack = await ingress(stack, '/call-data', { query: `caller_id=5551230002`, headers: { 'X-Auth-Key': updateTags.auth_key } });
    for (const res of [missing, unknown, otherType, otherTypeBack]) {
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ ok: false, status: 401, request_id: expect.stringMatching(/^req_/) });
    }

    const disabled = await createIncomingWebhook(stack, { type: 'call_data', enabled: false });
    const forbidden = await ingress(stack, '/call-data', { query: `auth_key=${disabled.auth_key}&caller_id=5551230002` });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.request_id).toMatch(/^req_/);
    await expect(stack.temporal.workflow.getHandle(callerWorkflowId(stack.orgId, '+15551230002')).describe()).rejects.toThrow(/not found/i);
  });

  it('repairs an unencoded + in a GET query and matches names case-insensitively, aliases included', async () => {
    const plus = await ingress(stack, '/call-data', { query: `auth_key=${callData.auth_key}&CALLER_ID=+442071838750&Home-Owner=yes` });
    expect(plus.status).toBe(200);
    expect(plus.body.caller_id).toBe('+442071838750');
    expect(await heldData(stack, '+442071838750')).toEqual({ HOME_OWNER: 'yes' });

    for (const [alias, n] of [['callerid', 3], ['CID', 4], ['Phone', 5], ['phone_number', 6]] as const) {
      const res = await ingress(stack, '/call-data', { query: `auth_key=${callData.auth_key}&${alias}=(555)%20123-000${n}` });
      expect(res.body.caller_id).toBe(`+1555123000${n}`);
    }
  });

  it('reads JSON, form and query parameters, the body overriding the query, and maps parameters onto tags', async () => {
    const json = await ingress(stack, '/call-data', {
      query: `auth_key=${callData.auth_key}&source=query&keep=q`,
      json: { caller_id: '5551230010', Source: 'json', geo: { city: 'Austin' }, zip: '78701' },
    });
    expect(json.status).toBe(200);
    expect(await heldData(stack, '+15551230010')).toEqual({ SOURCE: 'json', KEEP: 'q', GEO_CITY: 'Austin', POSTAL_CODE: '78701' });

    const form = await ingress(stack, '/call-data', { query: `auth_key=${callData.auth_key}&source=query`, form: 'phone=5551230011&source=form&note=caf%C3%A9+%F0%9F%93%9E' });
    expect(form.status).toBe(200);
    expect(await heldData(stack, '+15551230011')).toEqual({ SOURCE: 'form', NOTE: 'café 📞' });
  });

  it('answers 400 naming the field, and 413 for a body over the limit', async () => {
    const noCaller = await ingress(stack, '/call-data', { query: `auth_key=${callData.auth_key}&tag=x` });
    expect(noCaller.status).toBe(400);
    expect(noCaller.body).toMatchObject({ ok: false, request_id: expect.any(String), errors: [{ path: 'caller_id' }] });
    const badNumber = await ingress(stack, '/call-data', { query: `auth_key=${callData.auth_key}&cid=abc` });
    expect(badNumber.body.errors).toEqual([expect.objectContaining({ path: 'cid' })]);
    const badJson = await ingress(stack, '/call-data', { query: `auth_key=${callData.auth_key}`, body: '{"caller_id":', headers: { 'content-type': 'application/json' } });
    expect(badJson.status).toBe(400);
    expect(badJson.body.errors).toEqual([expect.objectContaining({ path: 'body' })]);
    const noCall = await ingress(stack, '/update-tags', { query: `auth_key=${updateTags.auth_key}&t=1` });
    expect(noCall.body.errors).toEqual([expect.objectContaining({ path: 'call_id' })]);

    const tooLarge = await ingress(stack, '/call-data', { query: `auth_key=${callData.auth_key}`, json: { caller_id: '5551230020', blob: 'x'.repeat(70_000) } });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.request_id).toMatch(/^req_/);
    const logged = await loggedRequest(stack, tooLarge.body.request_id);
    expect(logged).toMatchObject({ status: 413, webhook_id: callData.id, body: null });
  });

  it('makes a request with a transaction_id idempotent', async () => {
    const first = await ingress(stack, '/call-data', { query: `auth_key=${callData.auth_key}&caller_id=5551230030&transaction_id=tx-1&offer=A` });
    const repeat = await ingress(stack, '/call-data', { query: `auth_key=${callData.auth_key}&caller_id=5551230030&transaction_id=tx-1&offer=B` });
    expect(first.body.duplicate).toBe(false);
    expect(repeat.status).toBe(200);
    expect(repeat.body).toMatchObject({ ok: true, duplicate: true, expires_at: first.body.expires_at });
    expect(await heldData(stack, '+15551230030')).toEqual({ OFFER: 'A' });
  });

  it('logs every request completely, with no key in any field, and lists them with filters and a cursor', async () => {
    const res = await ingress(stack, '/call-data', {
      query: `auth_key=${callData.auth_key}&utm=ads`,
      form: `caller_id=5551230040&auth_key=${callData.auth_key}`,
      headers: { 'X-Auth-Key': callData.auth_key, 'User-Agent': 'crm/1.0' },
    });
    expect(res.status).toBe(200);
    const log = await loggedRequest(stack, res.body.request_id);
    expect(log).toMatchObject({
      id: res.body.request_id,
      method: 'POST',
      path: '/call-data',
      status: 200,
      webhook_id: callData.id,
      webhook_name: callData.name,
      caller_id: '+15551230040',
      call_id: null,
      query: { auth_key: '[redacted]', utm: 'ads' },
      headers: expect.objectContaining({ 'x-auth-key': '[redacted]', 'user-agent': 'crm/1.0' }),
      body: 'caller_id=5551230040&auth_key=[redacted]',
      response_body: res.body,
    });
    expect(log.latency_ms).toEqual(expect.any(Number));
    expect(Date.parse(log.received_at)).not.toBeNaN();
    expect(JSON.stringify(log)).not.toContain(callData.auth_key);

    const bearer = await ingress(stack, '/update-tags', { query: 'call_id=nope&t=1', headers: { Authorization: `Bearer ${updateTags.auth_key}` } });
    const bearerLog = await loggedRequest(stack, bearer.body.request_id);
    expect(bearerLog.headers.authorization).toBe('[redacted]');
    expect(JSON.stringify(bearerLog)).not.toContain(updateTags.auth_key);

    const byCaller = await stack.request('/api/v1/logs/incoming?caller=(555)%20123-0040');
    expect(byCaller.body.data).toEqual([expect.objectContaining({ id: res.body.request_id, webhook_name: callData.name, caller_id: '+15551230040', status: 200 })]);
    const rejected = await stack.request(`/api/v1/logs/incoming?status=401&webhook_id=${callData.id}`);
    expect(rejected.body.data.length).toBeGreaterThan(0);
    expect(rejected.body.data.every((r: any) => r.status === 401 && r.webhook_id === callData.id)).toBe(true);

    const first = await stack.request(`/api/v1/logs/incoming?webhook_id=${callData.id}&limit=2`);
    const second = await stack.request(`/api/v1/logs/incoming?webhook_id=${callData.id}&limit=2&cursor=${first.body.next_cursor}`);
    expect(first.body.data).toHaveLength(2);
    expect(second.body.data[0].id < first.body.data[1].id).toBe(true);
    const future = await stack.request(`/api/v1/logs/incoming?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`);
    expect(future.body.data).toEqual([]);
  });

  it('answers 503 with Retry-After when Temporal is unreachable, stores nothing and logs the 503', async () => {
    const deadPort = await freePort();
    const connection = Connection.lazy({ address: `127.0.0.1:${deadPort}`, interceptors: [] });
    const app = createApp({ config: stack.config, db: stack.db, temporal: new Client({ connection }), taskQueue: stack.config.TEMPORAL_TASK_QUEUE });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/call-data?auth_key=${callData.auth_key}&caller_id=5551230050&x=1`;
      const res = await fetch(url);
      const body = (await res.json()) as any;
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(body).toMatchObject({ ok: false, request_id: expect.stringMatching(/^req_/) });
      await ingressRequestLog(app).close();
      expect(await loggedRequest(stack, body.request_id)).toMatchObject({ status: 503, webhook_id: callData.id, caller_id: '+15551230050' });
      await expect(stack.temporal.workflow.getHandle(callerWorkflowId(stack.orgId, '+15551230050')).describe()).rejects.toThrow(/not found/i);
    } finally {
      server.close();
      await connection.close();
    }
  });
});
