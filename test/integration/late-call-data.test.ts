import { sql as rawSql } from 'kysely';
import { Receiver } from '../support/receiver';
import { startTestStack, uniqueName, type TestStack } from '../support/stack';
import { createIncomingWebhook, ingress, loggedRequest } from './incoming-support';
import { activitiesOf, callHandle, sendEvent, subscribe, typesFor, waitFor, waitForClose, waitForType } from './lifecycle-support';

// Post-call data matched by the match window, not by the call workflow's lifetime: closed calls are reopened,
// live calls queue the update until they complete. Time is simulated: a 2 s post-call window closes the call's
// workflow, and the call index's timestamps are moved back to when the call "happened".
describe('late call data: closed calls reopened, live calls queued', () => {
  let stack: TestStack;
  let receiver: Receiver;
  let fields: Awaited<ReturnType<typeof createIncomingWebhook>>;
  let numbers = 100;
  const nextCaller = () => `+1555777${String(numbers++).padStart(4, '0')}`;

  const post = (json: Record<string, unknown>) => ingress(stack, '/update-fields', { json, headers: { 'X-Auth-Key': fields.auth_key } });
  const received = (callId: string) => receiver.requests.map((r) => JSON.parse(r.body)).filter((b) => b.call === callId);

  /** A completed call whose workflow has closed, its index moved `daysAgo` into the past. */
  async function closedCall(caller: string, daysAgo: number): Promise<string> {
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: caller });
    await sendEvent(stack, callId, 'connected');
    await sendEvent(stack, callId, 'hangup', { duration: 30 });
    await waitForType(receiver, callId, 'call.completed');
    await waitForClose(stack, callId);
    const back = (column: 'started_at' | 'connected_at' | 'ended_at' | 'completed_at' | 'post_call_window_ends_at' | 'closed_at') =>
      sql(`${column} - interval '${daysAgo} days'`);
    await stack.db
      .updateTable('calls')
      .set({ started_at: back('started_at'), connected_at: back('connected_at'), ended_at: back('ended_at'), completed_at: back('completed_at'), post_call_window_ends_at: back('post_call_window_ends_at'), closed_at: back('closed_at') })
      .where('org_id', '=', stack.orgId)
      .where('call_id', '=', callId)
      .execute();
    return callId;
  }

  beforeAll(async () => {
    stack = await startTestStack();
    receiver = await Receiver.start();
    await subscribe(stack, receiver, ['call.hangup', 'call.completed', 'call.converted', 'call.updated'], {
      body_template: '{"type": "{{ event.type }}", "call": "[CALL_ID]", "revenue": "[REVENUE_PAID_OUT]", "reason": "[NO_PAYOUT_REASON]"}',
    });
    fields = await createIncomingWebhook(stack, { type: 'update_fields' });
    // The post-call window is the longest post-call lifespan: 2 s, so workflows close within the test.
    await stack.db.updateTable('incoming_webhooks').set({ lifespan_seconds: 2 }).where('id', '=', fields.id).execute();
  });
  afterAll(async () => {
    await receiver.close();
    await stack.stop();
  });

  it('converts by phone number a call made 2 days ago, once, however often the postback comes', async () => {
    const caller = nextCaller();
    const callId = await closedCall(caller, 2);
    const first = await post({ phone_number: caller, converted: true, revenue_paid_out: 42, transaction_id: 'crm-1' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ ok: true, call_id: callId, caller_id: caller, duplicate: false });
    await waitFor('call.converted', () => received(callId).find((e) => e.type === 'call.converted' && e.revenue === '42'));

    // The reopened run closes again; a second postback reopens it once more, from the state the last run left.
    await waitForClose(stack, callId);
    expect((await post({ phone_number: caller, converted: true, revenue_paid_out: 43, transaction_id: 'crm-2' })).status).toBe(200);
    await waitFor('call.updated with the new revenue', () => received(callId).find((e) => e.type === 'call.updated' && e.revenue === '43'));
    expect(typesFor(receiver, callId).filter((t) => t === 'call.converted')).toHaveLength(1);

    const timeline = await stack.ok(`/api/v1/calls/${callId}/timeline`);
    const titles: string[] = timeline.entries.map((e: { title: string }) => e.title);
    expect(titles.filter((t) => t.startsWith('Call reopened'))).toHaveLength(2);
    expect(titles.find((t) => t.includes(`request ${first.body.request_id}`))).toMatch(/applied, emitted call\.converted/);
    expect((await loggedRequest(stack, first.body.request_id)).call_id).toBe(callId);
  });

  it("leaves alone a caller's call older than the match window", async () => {
    const caller = nextCaller();
    const callId = await closedCall(caller, 8);
    const res = await post({ caller_id: caller, converted: true });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ held: true });
    expect(res.body.call_id).toBeUndefined();
    expect(typesFor(receiver, callId)).not.toContain('call.converted');
  });

  it('converts by call id a call whose post-call window has closed', async () => {
    const callId = await closedCall(nextCaller(), 0);
    const res = await post({ call_log_id: callId, fields: { converted: true, revenue_paid_out: 9 } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, call_id: callId, duplicate: false });
    await waitForType(receiver, callId, 'call.converted');
    expect(await loggedRequest(stack, res.body.request_id)).toMatchObject({ status: 200, call_id: callId });
  });

  it('queues an update sent during a live call and applies it at completion, after the call ends', async () => {
    const caller = nextCaller();
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: caller });
    await sendEvent(stack, callId, 'connected');
    await waitFor('the index to show the call connected', async () => {
      const row = await stack.db.selectFrom('calls').select('status').where('call_id', '=', callId).executeTakeFirst();
      return row?.status === 'connected' || undefined;
    });
    const live = await post({ call_id: callId, converted: true, revenue_paid_out: 15 });
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ call_id: callId, queued: true });
    const tagged = await post({ call_id: callId, reason: 'qualified' });
    expect(tagged.body).toMatchObject({ queued: true });

    // Payout facts wait for completion: refused now, naming the rule.
    const early = await post({ call_id: callId, publisher_paid_out: 5, no_payout_reason: 'Caps exceeded' });
    expect(early.status).toBe(409);
    expect(early.body.detail).toMatch(/publisher_paid_out and no_payout_reason can be set only after the call has completed/);

    await sendEvent(stack, callId, 'hangup', { duration: 40 });
    await waitForType(receiver, callId, 'call.updated');
    expect(typesFor(receiver, callId)).toEqual(['call.hangup', 'call.completed', 'call.converted', 'call.updated']);
    expect(received(callId).find((e) => e.type === 'call.converted').revenue).toBe('15');

    // Completed now: the payout facts apply.
    const after = await post({ call_id: callId, publisher_paid_out: 0, no_payout_reason: 'Caps exceeded' });
    expect(after.status).toBe(200);
    await waitFor('the no-payout reason', () => received(callId).find((e) => e.reason === 'Caps exceeded'));
    expect(await callHandle(stack, callId).query('callState')).toMatchObject({ publisher_paid_out: 0, no_payout_reason: 'Caps exceeded', reason: 'qualified' });
  });

  describe('held postbacks', () => {
    const heldIds = async () => (await stack.ok('/api/v1/held-postbacks?limit=200')).data.map((h: { id: string }) => h.id);

    it('holds a postback that comes before its call (by call id) and applies it when the call appears', async () => {
      const callId = uniqueName('call');
      const early = await post({ call_id: callId, converted: true, revenue_paid_out: 11, transaction_id: 'early-1' });
      expect(early.status).toBe(202);
      expect(early.body).toMatchObject({ ok: true, held: true, held_id: expect.stringMatching(/^hpb_/), expires_at: expect.any(String), duplicate: false });
      expect((await post({ call_id: callId, converted: true, revenue_paid_out: 11, transaction_id: 'early-1' })).body).toMatchObject({ held_id: early.body.held_id, duplicate: true });
      const listed = (await stack.ok('/api/v1/held-postbacks')).data.find((h: { id: string }) => h.id === early.body.held_id);
      expect(listed).toMatchObject({ call_id: callId, caller: null, webhook_id: fields.id, request_id: early.body.request_id, change: { converted: true, revenue_paid_out: 11 } });

      await sendEvent(stack, callId, 'incoming', { from: nextCaller() });
      await sendEvent(stack, callId, 'connected');
      await sendEvent(stack, callId, 'hangup', { duration: 20 });
      await waitForType(receiver, callId, 'call.converted');
      expect(typesFor(receiver, callId)).toEqual(['call.hangup', 'call.completed', 'call.converted']);
      expect(await heldIds()).not.toContain(early.body.held_id);
      const timeline = await stack.ok(`/api/v1/calls/${callId}/timeline`);
      expect(timeline.entries.map((e: { title: string }) => e.title)).toContainEqual(expect.stringContaining(`held postback ${early.body.held_id} (request ${early.body.request_id}): queued`));
    });

    it("holds a postback for a caller with no call yet and applies it to the caller's next call", async () => {
      const caller = nextCaller();
      const early = await post({ phone_number: caller, converted: true });
      expect(early.status).toBe(202);
      const callId = uniqueName('call');
      await sendEvent(stack, callId, 'incoming', { from: caller });
      await sendEvent(stack, callId, 'hangup', { duration: 0 });
      await waitForType(receiver, callId, 'call.converted');
      expect(await heldIds()).not.toContain(early.body.held_id);
    });

    it('applies a held postback at completion to a call whose first event is its hangup', async () => {
      const caller = nextCaller();
      const early = await post({ phone_number: caller, converted: true, revenue_paid_out: 4 });
      expect(early.status).toBe(202);
      const callId = uniqueName('call');
      await sendEvent(stack, callId, 'hangup', { from: caller, duration: 0 });
      await waitForType(receiver, callId, 'call.converted');
      expect(typesFor(receiver, callId)).toEqual(['call.hangup', 'call.completed', 'call.converted']);
      // Completing in its first step, the call reads its beginning (settings, held postbacks) before the step.
      expect((await activitiesOf(stack, callId)).local.slice(0, 2)).toEqual(['beginCall', 'recordCallTransition']);
    });

    it('lets an operator attach a held postback to a call, or discard one', async () => {
      const callId = await closedCall(nextCaller(), 0);
      const stray = await post({ caller_id: nextCaller(), revenue_paid_out: 77 });
      expect(stray.status).toBe(202);
      const attached = await stack.request(`/api/v1/held-postbacks/${stray.body.held_id}/attach`, { body: { call_id: callId } });
      expect(attached.status).toBe(200);
      expect(attached.body).toEqual({ id: stray.body.held_id, call_id: callId, queued: false, duplicate: false });
      await waitFor('call.updated with the attached revenue', () => received(callId).find((e) => e.type === 'call.updated' && e.revenue === '77'));
      expect((await stack.request(`/api/v1/held-postbacks/${stray.body.held_id}/attach`, { body: { call_id: callId } })).status).toBe(404);

      const unwanted = await post({ call_id: uniqueName('never'), converted: true });
      expect(await heldIds()).toContain(unwanted.body.held_id);
      expect((await stack.request(`/api/v1/held-postbacks/${unwanted.body.held_id}`, { method: 'DELETE' })).status).toBe(204);
      expect(await heldIds()).not.toContain(unwanted.body.held_id);
      expect((await stack.request(`/api/v1/held-postbacks/${unwanted.body.held_id}`, { method: 'DELETE' })).status).toBe(404);
      expect((await stack.request(`/api/v1/held-postbacks/${unwanted.body.held_id}/attach`, { body: { call_id: uniqueName('none') } })).status).toBe(404);
    });
  });
});

function sql(expression: string) {
  return rawSql.raw<Date>(expression);
}
