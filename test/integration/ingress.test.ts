import { Client, Connection } from '@temporalio/client';
import { freePort } from '../../src/dev/free-port';
import { callStateQuery } from '../../src/shared/messages';
import { startTestStack, uniqueName, type TestStack } from '../support/stack';
import { createIncomingWebhook, heldData, ingress, loggedRequest, serveApp } from './incoming-support';
import { callHandle, sendEvent, waitFor } from './lifecycle-support';

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
    expect(await heldData(stack, '+15551230002')).toEqual({});
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

  it('needs no Temporal for a caller without a live call; with one, answers 503 + Retry-After until the call has the data', async () => {
    const liveCaller = '+15551230051';
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: liveCaller });
    await waitFor('the call to be indexed as live', async () => (await stack.db.selectFrom('calls').select('status').where('call_id', '=', callId).executeTakeFirst())?.status === 'ringing');

    const connection = Connection.lazy({ address: `127.0.0.1:${await freePort()}`, interceptors: [] });
    const deadTemporal = await serveApp(stack, { temporal: new Client({ connection }) });
    try {
      const stored = await ingress(stack, '/call-data', { base: deadTemporal.url, query: `auth_key=${callData.auth_key}&caller_id=5551230050&x=1` });
      expect(stored.status).toBe(200);
      expect(await heldData(stack, '+15551230050')).toEqual({ X: '1' });

      const unreached = await ingress(stack, '/call-data', { base: deadTemporal.url, query: `auth_key=${callData.auth_key}&caller_id=${liveCaller}&x=2&transaction_id=tx-live` });
      expect(unreached.status).toBe(503);
      expect(unreached.headers.get('retry-after')).toBe('5');
      expect(unreached.body).toMatchObject({ ok: false, request_id: expect.stringMatching(/^req_/) });
      await deadTemporal.writer.close();
      // The record committed with the data says what the source was told.
      expect(await loggedRequest(stack, unreached.body.request_id)).toMatchObject({ status: 503, webhook_id: callData.id, caller_id: liveCaller });
    } finally {
      await deadTemporal.close();
      await connection.close();
    }
    // The source's retry (same transaction) merges into the same data and reaches the call this time.
    const retry = await ingress(stack, '/call-data', { query: `auth_key=${callData.auth_key}&caller_id=${liveCaller}&x=2&transaction_id=tx-live` });
    expect(retry.status).toBe(200);
    expect(retry.body.duplicate).toBe(true);
    await waitFor('the live call to get X', async () => ((await callHandle(stack, callId).query(callStateQuery)).tags.X === '2' ? true : undefined));
  });
});
