import { callStateQuery } from '../../src/shared/messages';
import { Receiver } from '../support/receiver';
import { startTestStack, uniqueName, type TestStack } from '../support/stack';
import { createIncomingWebhook, heldData, ingress, shortenLifespan } from './incoming-support';
import { callHandle, sendEvent, waitFor } from './lifecycle-support';

describe('pre-call data: held for its lifespan, attached to new and live calls', () => {
  let stack: TestStack;
  let receiver: Receiver;
  let webhook: Awaited<ReturnType<typeof createIncomingWebhook>>;
  let shortLived: Awaited<ReturnType<typeof createIncomingWebhook>>;
  let numbers = 100;
  const nextCaller = () => `+1555777${String(numbers++).padStart(4, '0')}`;
  const post = (hook: { auth_key: string }, caller: string, params: string) => ingress(stack, '/call-data', { query: `auth_key=${hook.auth_key}&caller_id=${caller}&${params}` });
  const sleepUntil = async (iso: string) => {
    while (Date.now() <= Date.parse(iso)) await new Promise((r) => setTimeout(r, Math.max(10, Date.parse(iso) - Date.now() + 10)));
  };

  /** The body an outgoing webhook sends on call.incoming: which call, and the tags it carried. */
  const incomingPayload = async (callId: string) => {
    const request = await waitFor(`call.incoming for ${callId}`, () => receiver.requests.find((r) => JSON.parse(r.body).call === callId));
    return JSON.parse(request.body);
  };

  beforeAll(async () => {
    stack = await startTestStack();
    receiver = await Receiver.start();
    webhook = await createIncomingWebhook(stack, { type: 'call_data' });
    shortLived = await createIncomingWebhook(stack, { type: 'call_data' });
    await shortenLifespan(stack, shortLived.id, 3);
    const outgoing = await stack.request('/api/v1/outgoing-webhooks', {
      body: { name: 'incoming', event_types: ['call.incoming'], url: `${receiver.url}/hook`, body_format: 'json', body_template: '{"call": "[CALL_ID]", "homeowner": "[HOMEOWNER]", "credit": "[CREDIT]"}' },
    });
    expect(outgoing.status).toBe(201);
  });
  afterAll(async () => {
    await receiver.close();
    await stack.stop();
  });

  it('attaches held data to a new call before call.incoming goes out', async () => {
    const caller = nextCaller();
    expect((await post(webhook, caller, 'homeowner=yes&credit=good')).status).toBe(200);
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: caller });
    expect(await incomingPayload(callId)).toEqual({ call: callId, homeowner: 'yes', credit: 'good' });

    // And to the next call from the same caller while the data lives.
    const nextCall = uniqueName('call');
    await sendEvent(stack, nextCall, 'incoming', { from: caller });
    expect(await incomingPayload(nextCall)).toMatchObject({ homeowner: 'yes' });
  });

  it('pushes data to a call already in progress, and later posts to calls that have it', async () => {
    const caller = nextCaller();
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: caller });
    expect(await incomingPayload(callId)).toMatchObject({ homeowner: '' });

    expect((await post(webhook, caller, 'homeowner=no')).status).toBe(200);
    await waitFor('the live call to get HOMEOWNER', async () => ((await callHandle(stack, callId).query(callStateQuery)).tags.HOMEOWNER === 'no' ? true : undefined));
    expect((await post(webhook, caller, 'homeowner=yes&credit=fair')).status).toBe(200);
    const tags = await waitFor('the live call to get the second post', async () => {
      const state = await callHandle(stack, callId).query(callStateQuery);
      return state.tags.CREDIT === 'fair' ? state.tags : undefined;
    });
    expect(tags).toMatchObject({ HOMEOWNER: 'yes', CREDIT: 'fair' });
  });

  it('forgets the data when the lifespan ends: a later call gets nothing', async () => {
    const caller = nextCaller();
    const accepted = await post(shortLived, caller, 'homeowner=expiring');
    expect(accepted.status).toBe(200);
    expect(Date.parse(accepted.body.expires_at) - Date.parse(new Date().toISOString())).toBeLessThanOrEqual(3000);
    await sleepUntil(accepted.body.expires_at);

    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: caller });
    expect(await incomingPayload(callId)).toEqual({ call: callId, homeowner: '', credit: '' });

    // A post after expiry starts afresh.
    expect((await post(shortLived, caller, 'credit=new')).status).toBe(200);
    const fresh = uniqueName('call');
    await sendEvent(stack, fresh, 'incoming', { from: caller });
    expect(await incomingPayload(fresh)).toEqual({ call: fresh, homeowner: '', credit: 'new' });
  });

  it('merges a later post, the later value winning per tag', async () => {
    const caller = nextCaller();
    expect((await post(webhook, caller, 'homeowner=yes&credit=poor')).status).toBe(200);
    expect((await post(webhook, caller, 'credit=good')).status).toBe(200);
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: caller });
    expect(await incomingPayload(callId)).toEqual({ call: callId, homeowner: 'yes', credit: 'good' });
  });

  it('restarts the lifespan on a later post: the data outlives the first expiry', async () => {
    const caller = nextCaller();
    const first = await post(shortLived, caller, 'homeowner=yes');
    await new Promise((r) => setTimeout(r, 1500));
    const second = await post(shortLived, caller, 'credit=good');
    expect(second.status).toBe(200);
    expect(Date.parse(second.body.expires_at)).toBeGreaterThan(Date.parse(first.body.expires_at));
    // Past the first post's expiry, both posts are still held until the restarted one.
    await sleepUntil(first.body.expires_at);
    expect(await heldData(stack, caller)).toEqual({ HOMEOWNER: 'yes', CREDIT: 'good' });
    await sleepUntil(second.body.expires_at);
    expect(await heldData(stack, caller)).toEqual({});
  });

  it("shows in the call's timeline what was attached and from which request", async () => {
    const caller = nextCaller();
    const before = await post(webhook, caller, 'homeowner=yes');
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: caller });
    await incomingPayload(callId);
    const during = await post(webhook, caller, 'credit=fair');
    const entries = await waitFor('both posts in the timeline', async () => {
      const res = await stack.request(`/api/v1/calls/${callId}/timeline`);
      const found = res.body.entries?.filter((e: { kind: string }) => e.kind === 'enrichment');
      return found?.length === 2 ? found : undefined;
    });
    expect(entries[0]).toMatchObject({ title: 'Pre-call data attached from 1 post', detail: { enrichments: [expect.objectContaining({ webhook_id: webhook.id, request_id: before.body.request_id, data: { HOMEOWNER: 'yes' } })] } });
    expect(entries[1]).toMatchObject({ title: `Data from incoming webhook "${webhook.name}" attached`, detail: expect.objectContaining({ request_id: during.body.request_id, data: { CREDIT: 'fair' } }) });
  });
});
