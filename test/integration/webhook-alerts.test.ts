import { waitFor } from './lifecycle-support';
import { createCallWebhook, QUICK_PAUSE, runCalls, waitForDeliveries, waitForHealth } from '../support/outage';
import { Receiver } from '../support/receiver';
import { startTestStack, type TestStack } from '../support/stack';

describe('alerts about webhook health', () => {
  let stack: TestStack;
  let crm: Receiver;
  let ops: Receiver;
  let channel: any;

  beforeAll(async () => {
    stack = await startTestStack();
    crm = await Receiver.start({ status: 503, body: 'down' });
    ops = await Receiver.start();
    // A notification channel only: no call events, the default alert body.
    const res = await stack.request('/api/v1/outgoing-webhooks', { body: { name: 'Ops Slack', event_types: [], notification_channel: true, url: `${ops.url}/slack` } });
    expect(res.status).toBe(201);
    channel = res.body;
  });
  afterAll(async () => {
    await crm.close();
    await ops.close();
    await stack.stop();
  });

  const alerts = () => ops.requests.map((r) => JSON.parse(r.body).text as string);

  it('alerts the notification channels once per state change, never the failing webhook itself', async () => {
    // The failing webhook is a notification channel too: it must not be told about itself.
    const webhook = await createCallWebhook(stack, crm, { name: 'CRM sync', notification_channel: true, health_policy: { ...QUICK_PAUSE, backlog_alert_threshold: 2 } });
    await runCalls(stack, 2);
    await waitForHealth(stack, webhook.id, (h) => h.state === 'paused');
    await waitFor('the backlog alert', () => alerts().find((t) => t.startsWith('📦')));
    // Probes keep failing while paused: no alert repeats.
    await crm.waitForRequests(crm.requests.length + 2);

    crm.setDefaultReply({ status: 200, body: '{"ok":true}' });
    await waitForHealth(stack, webhook.id, (h) => h.state === 'healthy');
    await waitFor('the recovery alert', () => alerts().find((t) => t.startsWith('✅')));

    expect(alerts()).toEqual([
      '⚠️ Outgoing webhook "CRM sync" is failing. Last error: CRM sync answered HTTP 503',
      expect.stringMatching(/^⏸ Outgoing webhook "CRM sync" is paused, after failing again and again: its deliveries are held/),
      expect.stringMatching(/^📦 Outgoing webhook "CRM sync" has 2 or more deliveries waiting while it is paused/),
      '✅ Outgoing webhook "CRM sync" is healthy again (was paused).',
    ]);
    expect(crm.requests.every((r) => !JSON.parse(r.body).text)).toBe(true);

    // Alerts are deliveries like any other: logged, with a stable webhook-id, naming no call.
    const log = await waitForDeliveries(stack, channel.id, 4);
    expect(log.map((d: any) => d.event_type).sort()).toEqual(['webhook.backlog', 'webhook.failing', 'webhook.paused', 'webhook.recovered']);
    expect(log.every((d: any) => d.call_id === null)).toBe(true);
    expect(new Set(ops.requests.map((r) => r.headers['webhook-id'])).size).toBe(4);
  });

  it('alerts a manual pause and resume, with the channel’s own alert template', async () => {
    await stack.request(`/api/v1/outgoing-webhooks/${channel.id}`, { method: 'PATCH', body: { alert_template: '{"text": "{{ tags.WEBHOOK_NAME }} is {{ tags.STATE }} ({{ tags.REASON | default: \'-\' }})"}' } });
    const before = ops.requests.length;
    const webhook = await createCallWebhook(stack, crm, { name: 'Buyer API' });
    await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}/pause`, { method: 'POST' });
    await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}/resume`, { body: {} });
    await ops.waitForRequests(before + 2);
    expect(alerts().slice(before).sort()).toEqual(['Buyer API is healthy (-)', 'Buyer API is paused (manual)']);
  });

  it('refuses an alert template that does not render, and a webhook that receives nothing', async () => {
    const bad = await stack.request(`/api/v1/outgoing-webhooks/${channel.id}`, { method: 'PATCH', body: { alert_template: '{"text": [ALERT_TEXT] [STATE]}' } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'alert_template', path: 'body.alert_template' })]);
    const deaf = await stack.request('/api/v1/outgoing-webhooks', { body: { name: 'nothing', event_types: [], url: `${ops.url}/x` } });
    expect(deaf.status).toBe(422);
    expect(deaf.body.errors).toEqual([expect.objectContaining({ path: 'body.event_types' })]);
  });
});
