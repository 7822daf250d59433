import { Receiver } from '../support/receiver';
import { startTestStack, uniqueName, type TestStack } from '../support/stack';
import { createIncomingWebhook, ingress, loggedRequest } from './incoming-support';
import { callHandle, sendEvent, subscribe, waitFor, waitForClose, waitForType } from './lifecycle-support';

describe('post-call updates: found by call id or caller, applied through a Temporal update', () => {
  let stack: TestStack;
  let receiver: Receiver;
  let fields: Awaited<ReturnType<typeof createIncomingWebhook>>;
  let tags: Awaited<ReturnType<typeof createIncomingWebhook>>;
  let revenue: Awaited<ReturnType<typeof createIncomingWebhook>>;
  let numbers = 100;
  const nextCaller = () => `+1555888${String(numbers++).padStart(4, '0')}`;

  /** A call from `caller` that rang, connected and hung up: completed, its post-call window open. */
  async function completedCall(caller: string): Promise<string> {
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: caller });
    await sendEvent(stack, callId, 'connected');
    await sendEvent(stack, callId, 'hangup', { duration: 3 });
    await waitForType(receiver, callId, 'call.completed');
    return callId;
  }

  beforeAll(async () => {
    stack = await startTestStack();
    receiver = await Receiver.start();
    await subscribe(stack, receiver, ['call.completed', 'call.converted', 'call.updated'], {
      body_template: '{"type": "{{ event.type }}", "call": "[CALL_ID]", "quality": "[QUALITY]"}',
    });
    fields = await createIncomingWebhook(stack, { type: 'update_fields' });
    tags = await createIncomingWebhook(stack, { type: 'update_tags' });
    revenue = await createIncomingWebhook(stack, { type: 'update_revenue' });
  });
  afterAll(async () => {
    await receiver.close();
    await stack.stop();
  });

  it('converts a call by call id once, however often the conversion is posted', async () => {
    const callId = await completedCall(nextCaller());
    const convert = (tx: string) => ingress(stack, '/update-fields', { json: { call_id: callId, converted: true, revenue_paid_out: 20, transaction_id: tx }, headers: { 'X-Auth-Key': fields.auth_key } });
    const first = await convert('tx-1');
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ ok: true, request_id: expect.stringMatching(/^req_/), call_id: callId, duplicate: false });
    const repeat = await convert('tx-1');
    expect(repeat.body).toMatchObject({ ok: true, call_id: callId, duplicate: true });
    expect((await convert('tx-2')).status).toBe(200);

    // A tag update after them: deliveries to one webhook keep event order, so once the call.updated that
    // carries the new tag arrives, every earlier event for the call has too.
    const tagged = await ingress(stack, '/update-tags', { query: `auth_key=${tags.auth_key}&call_id=${callId}&quality=high` });
    expect(tagged.status).toBe(200);
    const events = () => receiver.requests.map((r) => JSON.parse(r.body)).filter((b) => b.call === callId);
    await waitFor('call.updated with the new tag', () => events().find((e) => e.type === 'call.updated' && e.quality === 'high'));
    expect(events().filter((e) => e.type === 'call.converted')).toHaveLength(1);
    expect((await loggedRequest(stack, first.body.request_id)).call_id).toBe(callId);
  });

  it("finds the caller's most recent call with an open window by caller_id", async () => {
    const caller = nextCaller();
    const callId = await completedCall(caller);
    await waitFor('the call index to show the open window', async () => {
      const row = await stack.db.selectFrom('calls').select('post_call_window_ends_at').where('call_id', '=', callId).executeTakeFirst();
      return row?.post_call_window_ends_at ? true : undefined;
    });
    const res = await ingress(stack, '/update-revenue', { query: `auth_key=${revenue.auth_key}&caller_id=${caller}&revenue_paid_out=7.5` });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ call_id: callId, caller_id: caller, duplicate: false });
    await waitForType(receiver, callId, 'call.updated');
    expect((await callHandle(stack, callId).query('callState')) as any).toMatchObject({ revenue_paid_out: 7.5 });
  });

  it('holds (202) an update for an unknown call or a caller with no call yet', async () => {
    const byId = await ingress(stack, '/update-tags', { query: `auth_key=${tags.auth_key}&call_id=${uniqueName('nope')}&t=1` });
    expect(byId.status).toBe(202);
    expect(byId.body).toMatchObject({ ok: true, held: true, request_id: expect.any(String) });
    const byCaller = await ingress(stack, '/update-tags', { query: `auth_key=${tags.auth_key}&caller_id=${nextCaller()}&t=1` });
    expect(byCaller.status).toBe(202);
  });

  it('reopens a call whose post-call window has closed to apply a late update', async () => {
    // The window is the longest lifespan among the post-call webhooks, read when the call starts.
    const hooks = [fields.id, tags.id, revenue.id];
    await stack.db.updateTable('incoming_webhooks').set({ lifespan_seconds: 2 }).where('id', 'in', hooks).execute();
    let callId: string;
    try {
      callId = await completedCall(nextCaller());
    } finally {
      await stack.db.updateTable('incoming_webhooks').set({ lifespan_seconds: 3600 }).where('id', 'in', hooks).execute();
    }
    await waitForClose(stack, callId);
    const res = await ingress(stack, '/update-fields', { query: `auth_key=${fields.auth_key}&call_id=${callId}&converted=1` });
    expect(res.status).toBe(200);
    expect(await loggedRequest(stack, res.body.request_id)).toMatchObject({ status: 200, call_id: callId, webhook_id: fields.id });
    await waitForType(receiver, callId, 'call.converted');
  });
});
