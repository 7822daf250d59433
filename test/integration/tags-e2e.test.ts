import { callStateQuery, enrichmentSignal, postCallUpdate } from '../../src/shared/messages';
import { Receiver } from '../support/receiver';
import { useStackAndReceiver, uniqueName, type TestStack } from '../support/stack';
import { callHandle, waitFor } from './lifecycle-support';

describe('tags through a real call: platform event → enrichment → outgoing webhook payloads', () => {
  let stack: TestStack;
  let receiver: Receiver;
  useStackAndReceiver({}, (s, r) => {
    stack = s;
    receiver = r;
  });

  it('maps a SIP header onto a defined tag, then lets a later incoming webhook win the conflict', async () => {
    const defined = await stack.request('/api/v1/tags', { body: { name: 'HOMEOWNER', sources: [{ type: 'sip_header', key: 'X-Homeowner' }] } });
    expect(defined.status).toBe(201);
    const webhook = await stack.request('/api/v1/outgoing-webhooks', {
      body: {
        name: 'CRM',
        event_types: ['call.incoming', 'call.hangup', 'call.updated'],
        url: `${receiver.url}/crm`,
        body_template: '{"event": "[EVENT_TYPE]", "homeowner": "[HOMEOWNER]", "liquid": "{{ tags.HOMEOWNER }}", "city": "[GEO_CITY]"}',
      },
    });
    expect(webhook.status).toBe(201);

    const callId = uniqueName('call');
    const incoming = await stack.request(`/api/v1/calls/${callId}/events`, {
      body: { type: 'incoming', event_id: 'e1', call: { from: '+15551230001', to: '+18005550100', sip_headers: { 'x-homeowner': 'no' }, rtb: { geo: { city: 'Austin' } } } },
    });
    expect(incoming.status).toBe(202);
    const [first] = await receiver.waitForRequests(1, 60_000);
    expect(JSON.parse(first.body)).toEqual({ event: 'call.incoming', homeowner: 'no', liquid: 'no', city: 'Austin' });

    const handle = callHandle(stack, callId);
    await handle.signal(enrichmentSignal, {
      webhook_id: 'iwh_crm',
      request_id: 'req_e2e',
      received_at: new Date().toISOString(),
      data: { HOMEOWNER: 'yes' },
      expires_at: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const live = await waitFor('the enrichment to resolve', async () => {
      const state = await handle.query(callStateQuery);
      return state.tags.HOMEOWNER === 'yes' ? state : undefined;
    });
    expect(live.tag_sources?.HOMEOWNER).toEqual({ type: 'incoming_webhook', key: 'HOMEOWNER', webhook_id: 'iwh_crm', request_id: 'req_e2e' });
    expect(live.tag_sources?.GEO_CITY).toEqual({ type: 'rtb', key: 'geo.city' });

    const hangup = await stack.request(`/api/v1/calls/${callId}/events`, { body: { type: 'hangup', event_id: 'e2', call: { duration: 3 } } });
    expect(hangup.status).toBe(202);
    const requests = await receiver.waitForRequests(2, 60_000);
    expect(JSON.parse(requests[1].body)).toEqual({ event: 'call.hangup', homeowner: 'yes', liquid: 'yes', city: 'Austin' });

    // A post-call removal outlasts the SIP header and the enrichment that still carry the value.
    const outcome = await handle.executeUpdate(postCallUpdate, { args: [{ request_id: 'req_remove', webhook_id: 'iwh_update', remove: ['HOMEOWNER'] }] });
    expect(outcome).toMatchObject({ result: 'applied', emitted: ['call.updated'] });
    const updated = await receiver.waitForRequests(3, 60_000);
    expect(JSON.parse(updated[2].body)).toEqual({ event: 'call.updated', homeowner: '', liquid: '', city: 'Austin' });
  });
});
