import { startTestStack, uniqueName, type TestStack } from '../support/stack';
import { createIncomingWebhook, heldData, ingress, loggedRequest } from './incoming-support';
import { callHandle, sendEvent, waitFor } from './lifecycle-support';

// Request headers as tags, per webhook: all, none, or an allow-list; credentials, cookies and transport headers
// never, and the request log still redacts them.
describe('header tags', () => {
  let stack: TestStack;
  let numbers = 100;
  const nextCaller = () => `+1555666${String(numbers++).padStart(4, '0')}`;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.stop();
  });

  const SENT = {
    'X-Lead-Source': 'facebook',
    'User-Agent': 'LeadForm/2.1',
    Source: 'from-header',
    Cookie: 'session=cookie-secret-1',
    'X-Api-Key': 'api-secret-2',
  };

  it('turns every header into a tag with `all`, below query and body, never credentials or transport headers', async () => {
    const webhook = await createIncomingWebhook(stack, { type: 'call_data', header_tags: 'all' });
    expect(webhook).toMatchObject({ header_tags: 'all', header_tag_allow: [] });
    const caller = nextCaller();
    const res = await ingress(stack, '/call-data', { query: `source=from-query`, json: { caller_id: caller, plan: 'gold' }, headers: { ...SENT, Plan: 'from-header', Authorization: `Bearer ${webhook.auth_key}` } });
    expect(res.status).toBe(200);
    const data = await heldData(stack, caller);
    expect(data).toMatchObject({ X_LEAD_SOURCE: 'facebook', USER_AGENT: 'LeadForm/2.1', SOURCE: 'from-query', PLAN: 'gold' });
    for (const never of ['AUTHORIZATION', 'COOKIE', 'X_API_KEY', 'HOST', 'CONTENT_LENGTH', 'CONNECTION']) expect(data).not.toHaveProperty(never);
    const logged = await loggedRequest(stack, res.body.request_id);
    expect(logged.headers).toMatchObject({ authorization: '[redacted]', cookie: '[redacted]', 'x-api-key': '[redacted]', 'x-lead-source': 'facebook' });
    expect(JSON.stringify(logged)).not.toMatch(/cookie-secret-1|api-secret-2/);
  });

  it('takes only the allow-listed headers with `allow`, and none by default', async () => {
    const allow = await createIncomingWebhook(stack, { type: 'call_data', header_tags: 'allow', header_tag_allow: ['x-lead-source', 'Cookie'] });
    const caller = nextCaller();
    expect((await ingress(stack, '/call-data', { json: { caller_id: caller }, headers: { ...SENT, 'X-Auth-Key': allow.auth_key } })).status).toBe(200);
    // Allow-listing a cookie does not make it a tag.
    expect(await heldData(stack, caller)).toEqual({ X_LEAD_SOURCE: 'facebook' });

    const none = await createIncomingWebhook(stack, { type: 'call_data', name: 'no headers' });
    expect(none.header_tags).toBe('none');
    const other = nextCaller();
    expect((await ingress(stack, '/call-data', { json: { caller_id: other, x: '1' }, headers: { ...SENT, 'X-Auth-Key': none.auth_key } })).status).toBe(200);
    expect(await heldData(stack, other)).toEqual({ X: '1' });

    const changed = await stack.request(`/api/v1/incoming-webhooks/${none.id}`, { method: 'PATCH', body: { header_tags: 'allow', header_tag_allow: ['User-Agent'] } });
    expect(changed.body).toMatchObject({ header_tags: 'allow', header_tag_allow: ['User-Agent'] });
    const bad = await stack.request(`/api/v1/incoming-webhooks/${none.id}`, { method: 'PATCH', body: { header_tag_allow: ['not a header'] } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/header_tag_allow/);
  });

  it('tags a call from the headers of a post-call update', async () => {
    const webhook = await createIncomingWebhook(stack, { type: 'update_tags', header_tags: 'allow', header_tag_allow: ['X-Crm-Stage'] });
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: nextCaller() });
    await waitFor('the call in the index', async () => (await stack.db.selectFrom('calls').select('call_id').where('call_id', '=', callId).executeTakeFirst()) ?? undefined);
    const res = await ingress(stack, '/update-tags', { json: { call_id: callId, add: { rep: 'ann' } }, headers: { 'X-Auth-Key': webhook.auth_key, 'X-Crm-Stage': 'won' } });
    expect(res.status).toBe(200);
    expect(res.body.queued).toBe(true);
    await sendEvent(stack, callId, 'hangup');
    await waitFor('the header tag on the call', async () => {
      const state = (await callHandle(stack, callId).query('callState')) as { tags: Record<string, string> };
      return state.tags.X_CRM_STAGE === 'won' && state.tags.REP === 'ann' ? true : undefined;
    });
  });
});
