import { configureLogging } from '../../src/observability/log';
import { sendEvent } from './lifecycle-support';
import { waitForDeliveries } from '../support/outage';
import { Receiver } from '../support/receiver';
import { startTestStack, type TestStack } from '../support/stack';

// The log lines a request and a delivery attempt leave: JSON, with the ids to find them, and no secret.

describe('structured logs', () => {
  let stack: TestStack;
  let receiver: Receiver;
  const lines: string[] = [];
  const secrets = { crmKey: 'crm-api-key-5f2a9', crmBearer: 'crm-bearer-8c1d7', signing: '' as string, authKey: '' as string };

  beforeAll(async () => {
    configureLogging({ level: 'info', destination: { write: (line: string) => lines.push(line) } });
    stack = await startTestStack();
    receiver = await Receiver.start({ status: 200, body: '{"ok":true}' });
  });
  afterAll(async () => {
    configureLogging({ level: 'warn', format: 'json' });
    await receiver?.close();
    await stack?.stop();
  });

  it('writes one JSON line per request and per delivery attempt, with their ids and without secrets', async () => {
    const webhook = await stack.ok('/api/v1/outgoing-webhooks', {
      body: {
        name: 'CRM',
        event_types: ['call.incoming'],
        url: `${receiver.url}/crm?api_key=${secrets.crmKey}`,
        headers: { Authorization: `Bearer ${secrets.crmBearer}` },
        body_template: '{"call": "[CALL_ID]"}',
        signing: { enabled: true },
      },
    });
    secrets.signing = webhook.signing_secret;
    expect(secrets.signing).toMatch(/^whsec_/);
    const incoming = await stack.ok('/api/v1/incoming-webhooks', { body: { name: 'Leads', type: 'call_data' } });
    secrets.authKey = incoming.auth_key;

    const lead = await fetch(`${stack.api.url}/call-data?auth_key=${secrets.authKey}&caller_id=%2B15551234567`, { method: 'POST', headers: { 'x-auth-key': secrets.authKey } });
    const { request_id: leadId } = (await lead.json()) as { request_id: string };
    await sendEvent(stack, 'call_logged', 'incoming', { from: '+15551234567' });
    const [delivery] = await waitForDeliveries(stack, webhook.id, 1);

    const entries = lines.map((line) => JSON.parse(line));
    const ingress = entries.find((e) => e.msg === 'request' && e.request_id === leadId);
    expect(ingress).toMatchObject({ level: 30, method: 'POST', path: '/call-data', status: 200, webhook_id: incoming.id, org_id: stack.orgId });
    expect(typeof ingress.time).toBe('string');
    expect(entries.find((e) => e.msg === 'request' && e.path === '/api/v1/calls/call_logged/events')).toMatchObject({ status: 202, call_id: 'call_logged', org_id: stack.orgId });
    expect(entries.filter((e) => e.msg === 'delivery attempt' && e.delivery_id === delivery.id)).toEqual([
      expect.objectContaining({ attempt: 1, call_id: 'call_logged', webhook_id: webhook.id, status: 'succeeded', response_status: 200, url: `${receiver.url}/crm?api_key=[redacted]` }),
    ]);

    const text = lines.join('');
    for (const secret of [secrets.crmKey, secrets.crmBearer, secrets.signing, secrets.authKey, stack.token]) expect(text).not.toContain(secret);
  });
});
