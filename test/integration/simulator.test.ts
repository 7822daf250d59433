import { Receiver } from '../support/receiver';
import { useStackAndReceiver, type TestStack } from '../support/stack';
import { main as simulateCli } from '../../src/simulator/cli';
import { createIncomingWebhook } from './incoming-support';
import { subscribe, typesFor, waitFor, waitForType } from './lifecycle-support';

const ALL_EVENTS = ['call.incoming', 'call.connected', 'call.on_5_secs_mark', 'call.on_15_secs_mark', 'call.hangup', 'call.failure', 'call.converted', 'call.completed', 'call.updated'];

describe('the call simulator', () => {
  let stack: TestStack;
  let receiver: Receiver;
  let chosen: string;
  useStackAndReceiver({ POST_CALL_WINDOW_SECONDS: '30' }, async (s, r) => {
    stack = s;
    receiver = r;
    chosen = await subscribe(stack, receiver, ALL_EVENTS, { name: 'chosen', url: `${receiver.url}/chosen` });
    await subscribe(stack, receiver, ALL_EVENTS, { name: 'other', url: `${receiver.url}/other` });
  });

  const simulatedTypes = (path: string, callId: string) =>
    typesFor({ requests: receiver.requests.filter((r) => r.url === path) } as Receiver, callId);

  it('runs a complete call through the real path to the chosen webhooks, its deliveries flagged simulated', async () => {
    await createIncomingWebhook(stack, { type: 'call_data' });
    await createIncomingWebhook(stack, { type: 'update_fields' });
    const started = await stack.request('/api/v1/simulations', {
      body: { webhook_ids: [chosen], connected_seconds: 6, call: { campaign_id: 'cmp_sim' }, pre_call: { data: { homeowner: 'yes' } }, postback: { revenue_paid_out: 42 } },
    });
    expect(started.status).toBe(202);
    const callId: string = started.body.call_id;
    expect(started.body).toMatchObject({ simulation_id: expect.stringMatching(/^sim_/), workflow_id: `call-${stack.orgId}-${callId}`, steps: ['pre-call post', 'incoming', 'connected', 'hangup after 6 s', 'postback'] });

    await waitForType(receiver, callId, 'call.converted');
    expect(simulatedTypes('/chosen', callId)).toEqual(['call.incoming', 'call.connected', 'call.on_5_secs_mark', 'call.hangup', 'call.completed', 'call.converted']);
    expect(simulatedTypes('/other', callId)).toEqual([]);

    const call = await stack.ok(`/api/v1/calls/${callId}`);
    expect(call).toMatchObject({ simulated: true, status: 'completed', campaign_id: 'cmp_sim', converted: true, revenue_paid_out: 42, duration: 6, hangup_by: 'caller', tags: { HOMEOWNER: 'yes' } });

    const timeline = await waitFor('every delivery in the timeline', async () => {
      const res = await stack.ok(`/api/v1/calls/${callId}/timeline`);
      return res.entries.filter((e: { kind: string }) => e.kind === 'attempt').length >= 6 ? res : undefined;
    });
    const titles: string[] = timeline.entries.map((e: { title: string }) => e.title);
    for (const title of ['Received incoming', 'Received connected', 'Received hangup']) expect(titles).toContain(title);
    expect(timeline.entries.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['enrichment', 'timer', 'update', 'delivery', 'attempt']));

    const deliveries = await waitFor('six deliveries logged', async () => {
      const list = await stack.ok(`/api/v1/logs/outgoing?call_id=${callId}`);
      return list.data.length === 6 && list.data.every((d: { status: string }) => d.status === 'succeeded') ? list.data : undefined;
    });
    expect(deliveries.every((d: { simulated: boolean; webhook_id: string }) => d.simulated && d.webhook_id === chosen)).toBe(true);
    const redeliver = await stack.request(`/api/v1/logs/outgoing/${deliveries[0].id}/redeliver`, { body: {} });
    expect(redeliver.status).toBe(409);
    expect(redeliver.body.detail).toContain('simulated call');
    // Bulk recovery never picks a simulated delivery up.
    await stack.db.updateTable('deliveries').set({ status: 'failed' }).where('id', '=', deliveries[0].id).execute();
    const recovery = await stack.ok(`/api/v1/outgoing-webhooks/${chosen}/recover`, { body: { since: '2020-01-01T00:00:00Z' } });
    expect(recovery.total).toBe(0);
  });

  it('refuses webhooks the organization does not have (or of the wrong type), and out-of-range input', async () => {
    const unknown = await stack.request('/api/v1/simulations', { body: { webhook_ids: ['whk_nope'] } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([{ path: 'body.webhook_ids', message: 'no outgoing webhook whk_nope' }]);
    const updateFields = (await stack.ok('/api/v1/incoming-webhooks')).data.find((w: { type: string }) => w.type === 'update_fields');
    const wrongType = await stack.request('/api/v1/simulations', { body: { pre_call: { incoming_webhook_id: updateFields.id, data: { a: '1' } } } });
    expect(wrongType.status).toBe(422);
    expect(wrongType.body.errors).toEqual([{ path: 'body.pre_call.incoming_webhook_id', message: `no call_data incoming webhook ${updateFields.id}` }]);
    const bad = await stack.request('/api/v1/simulations', { body: { connected_seconds: 500 } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'body.connected_seconds' })]);
  });

  it('runs from the command line: npm run simulate -- --token … --webhook … --wait', async () => {
    const lines: string[] = [];
    const code = await simulateCli(['--url', stack.api.url, '--token', stack.token, '--webhook', chosen, '--connected-seconds', '0', '--wait'], {}, (line) => lines.push(line));
    expect(code).toBe(0);
    const started = JSON.parse(lines[0]);
    const callId: string = started.call_id;
    await waitForType(receiver, callId, 'call.completed');
    expect(simulatedTypes('/chosen', callId)).toEqual(['call.incoming', 'call.failure', 'call.completed']);
    expect(simulatedTypes('/other', callId)).toEqual([]);
    expect(lines.some((line) => line.includes('Received failure'))).toBe(true);
    expect(await simulateCli([], {}, (line) => lines.push(line))).toBe(2);
  });
});
