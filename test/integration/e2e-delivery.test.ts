import { Receiver } from '../support/receiver';
import { useStackAndReceiver, uniqueName, type TestStack } from '../support/stack';

describe('the first end-to-end path: platform event → call workflow → outgoing webhook', () => {
  let stack: TestStack;
  let receiver: Receiver;
  useStackAndReceiver({}, (s, r) => {
    stack = s;
    receiver = r;
  });

  it('delivers a rendered payload for call.incoming to a receiver on 127.0.0.1', async () => {
    const created = await stack.request('/api/v1/outgoing-webhooks', {
      body: {
        name: 'CRM sync',
        event_types: ['call.incoming'],
        method: 'POST',
        url: `${receiver.url}/hooks/incoming`,
        body_format: 'json',
        body_template: '{"caller": "[FROM]", "call": "[CALL_ID]", "campaign": "{{ call.campaign_name | upcase }}"}',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.id).toMatch(/^whk_/);

    const callId = uniqueName('call');
    const accepted = await stack.request(`/api/v1/calls/${callId}/events`, {
      body: { type: 'incoming', call: { from: '(555) 123-4567', to: '+18005550100', campaign_name: 'Solar leads' } },
    });
    expect(accepted.status).toBe(202);
    expect(accepted.body).toMatchObject({ call_id: callId, workflow_id: `call-${stack.orgId}-${callId}` });

    const [request] = await receiver.waitForRequests(1);
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/hooks/incoming');
    expect(request.headers['content-type']).toMatch(/^application\/json/);
    expect(request.headers['webhook-id']).toMatch(/^dlv_/);
    expect(JSON.parse(request.body)).toEqual({ caller: '+15551234567', call: callId, campaign: 'SOLAR LEADS' });
  });

  it('rejects an event with a bad caller number naming the field, and starts nothing', async () => {
    const callId = uniqueName('call');
    const res = await stack.request(`/api/v1/calls/${callId}/events`, { body: { type: 'incoming', call: { from: 'not-a-number' } } });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'body.call.from' })]);
    await expect(stack.temporal.workflow.getHandle(`call-${stack.orgId}-${callId}`).describe()).rejects.toThrow(/not found/i);
  });
});
