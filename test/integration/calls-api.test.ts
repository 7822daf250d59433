import { Receiver } from '../support/receiver';
import { useStackAndReceiver, uniqueName, type TestStack } from '../support/stack';
import { callHandle, sendEvent, subscribe, waitFor, waitForClose, waitForType } from './lifecycle-support';

describe('calls API: the index, live state and the timeline', () => {
  let stack: TestStack;
  let receiver: Receiver;
  useStackAndReceiver({ POST_CALL_WINDOW_SECONDS: '3', TEMPORAL_WEB_URL: 'http://temporal-web.test:8233' }, async (s, r) => {
    stack = s;
    receiver = r;
    await subscribe(stack, receiver, ['call.incoming', 'call.connected', 'call.hangup', 'call.completed']);
  });

  it('serves a running call live from its workflow, then from the index once it closed', async () => {
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: '(555) 240-0001', to: '+18005550100', campaign_id: 'cmp_solar', campaign_name: 'Solar', tags: { HOMEOWNER: 'yes' } });
    await sendEvent(stack, callId, 'connected', { buyer_name: 'Acme' });
    await waitForType(receiver, callId, 'call.connected');

    const live = await stack.request(`/api/v1/calls/${callId}`);
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ call_id: callId, source: 'workflow', status: 'connected', from: '+15552400001', buyer_name: 'Acme', tags: { HOMEOWNER: 'yes' } });
    expect(live.body.tag_sources.HOMEOWNER).toMatchObject({ type: 'platform' });

    await sendEvent(stack, callId, 'hangup');
    await waitForType(receiver, callId, 'call.completed');
    await waitForClose(stack, callId);
    const closed = await waitFor('the index to record the close', async () => {
      const res = await stack.request(`/api/v1/calls/${callId}`);
      return res.body.closed_at ? res : undefined;
    });
    expect(closed.body).toMatchObject({ source: 'index', status: 'completed', from: '+15552400001', to: '+18005550100', campaign_id: 'cmp_solar', tags: { HOMEOWNER: 'yes' } });
    expect(Date.parse(closed.body.post_call_window_ends_at)).toBeGreaterThan(Date.parse(closed.body.completed_at));

    // A closed call accepts no more events, and no second workflow starts for it.
    const late = await stack.request(`/api/v1/calls/${callId}/events`, { body: { type: 'hangup', event_id: 'late' } });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ title: 'Conflict', detail: `Call ${callId} is closed: its post-call window has ended, so it accepts no more events` });
    expect((await callHandle(stack, callId).describe()).status.name).toBe('COMPLETED');
  });

  it('lists calls newest first with filters and cursor pagination', async () => {
    const campaign = uniqueName('cmp');
    const ids = [uniqueName('call'), uniqueName('call'), uniqueName('call')];
    const starts = ['2031-05-01T10:00:00Z', '2031-05-01T11:00:00Z', '2031-05-01T12:00:00Z'];
    for (const [i, callId] of ids.entries()) {
      await sendEvent(stack, callId, 'incoming', { from: `+1555240010${i}`, campaign_id: campaign }, { occurred_at: starts[i] });
    }
    await sendEvent(stack, ids[0], 'failure', { failure_reason: 'busy' });
    await waitFor('all three calls indexed', async () => {
      const res = await stack.request(`/api/v1/calls?campaign_id=${campaign}`);
      return res.body.data.length === 3 && res.body.data.some((c: { status: string }) => c.status === 'completed') ? true : undefined;
    });

    const first = await stack.request(`/api/v1/calls?campaign_id=${campaign}&limit=2`);
    expect(first.body.data.map((c: { call_id: string }) => c.call_id)).toEqual([ids[2], ids[1]]);
    expect(first.body.next_cursor).toEqual(expect.any(String));
    const second = await stack.request(`/api/v1/calls?campaign_id=${campaign}&limit=2&cursor=${first.body.next_cursor}`);
    expect(second.body).toMatchObject({ data: [expect.objectContaining({ call_id: ids[0] })], next_cursor: null });

    const byCaller = await stack.request(`/api/v1/calls?caller=${encodeURIComponent('(555) 240-0101')}`);
    expect(byCaller.body.data.map((c: { call_id: string }) => c.call_id)).toEqual([ids[1]]);
    const byStatus = await stack.request(`/api/v1/calls?campaign_id=${campaign}&status=completed`);
    expect(byStatus.body.data.map((c: { call_id: string }) => c.call_id)).toEqual([ids[0]]);
    const byTime = await stack.request(`/api/v1/calls?campaign_id=${campaign}&from=2031-05-01T10:30:00Z&to=2031-05-01T12:00:00Z`);
    expect(byTime.body.data.map((c: { call_id: string }) => c.call_id)).toEqual([ids[1]]);

    const bad = await stack.request('/api/v1/calls?caller=nope');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'query.caller' })]);
  });

  it('answers 404 for a call that does not exist', async () => {
    expect((await stack.request('/api/v1/calls/no_such_call')).status).toBe(404);
    expect((await stack.request('/api/v1/calls/no_such_call/timeline')).status).toBe(404);
  });

  it('builds a timeline from the workflow history: events, tags, timers, deliveries and attempts, with a Temporal Web link', async () => {
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: '+15552400200', tags: { HOMEOWNER: 'no' } });
    await sendEvent(stack, callId, 'connected');
    // Once connected went out, the mark timers are in the history; the hangup cancels them.
    await waitForType(receiver, callId, 'call.connected');
    await sendEvent(stack, callId, 'hangup', {}, { event_id: 'hangup-1' });
    await sendEvent(stack, callId, 'connected', {}, { event_id: 'late-connect' });
    await waitForType(receiver, callId, 'call.completed');

    const timeline = await waitFor('the completed delivery in the timeline', async () => {
      const res = await stack.request(`/api/v1/calls/${callId}/timeline`);
      return res.body.entries?.some((e: { kind: string; title: string }) => e.kind === 'attempt' && e.title.startsWith('call.completed')) ? res : undefined;
    });
    const workflowId = `call-${stack.orgId}-${callId}`;
    expect(timeline.body).toMatchObject({ call_id: callId, workflow_id: workflowId, temporal_web_url: `http://temporal-web.test:8233/namespaces/default/workflows/${workflowId}` });
    const entries: Array<{ kind: string; title: string; detail?: Record<string, unknown> }> = timeline.body.entries;
    const kinds = new Set(entries.map((e) => e.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['event', 'ignored', 'tags', 'timer', 'delivery', 'attempt']));
    expect(entries.find((e) => e.kind === 'ignored')).toMatchObject({ title: expect.stringContaining('Ignored connected: the call had already ended'), detail: expect.objectContaining({ event_id: 'late-connect' }) });
    expect(entries.find((e) => e.kind === 'tags')?.title).toContain('HOMEOWNER set');
    expect(entries.find((e) => e.kind === 'event' && e.title === 'Received hangup')?.detail?.emitted).toEqual(['call.hangup', 'call.completed']);
    expect(entries.filter((e) => e.kind === 'timer').map((e) => e.title)).toContain('5 s mark timer cancelled');
    expect(entries.find((e) => e.kind === 'attempt' && e.title.startsWith('call.incoming'))?.title).toMatch(/delivered \(HTTP 200\) after 1 attempt$/);
    // Webhooks are named as the operator named them.
    expect(entries.find((e) => e.kind === 'delivery')?.title).toBe('Delivery of call.incoming to webhook "test 4 events"');
    // Entries follow the history: the order the workflow processed them in.
    const position = (title: string) => entries.findIndex((e) => e.title.startsWith(title));
    expect(position('Received incoming')).toBeLessThan(position('Received connected'));
    expect(position('Received connected')).toBeLessThan(position('Received hangup'));
    expect(position('Received hangup')).toBeLessThan(position('Ignored connected'));
  });
});
