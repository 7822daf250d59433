import { createIncomingWebhook, shortenLifespan } from './incoming-support';
import { sendEvent, waitFor } from './lifecycle-support';
import { createCallWebhook } from '../support/outage';
import { Receiver } from '../support/receiver';
import { startTestStack, uniqueName, type TestStack } from '../support/stack';

// "Why was [TAG] empty?" from the server's facts: data that expired before the call, data posted after it, data
// posted for the same subscriber under another region, a delivery the filters left out, and no request at all.

/** Posts lead data; returns the ingress's reply. */
async function post(url: string, query: string): Promise<{ request_id: string; expires_at: string; caller_id: string }> {
  const res = await fetch(`${url}&${query}`);
  if (res.status !== 200) throw new Error(`lead data refused: ${res.status} ${await res.text()}`);
  return (await res.json()) as { request_id: string; expires_at: string; caller_id: string };
}

describe('GET /calls/{call_id}/empty-tags', () => {
  let stack: TestStack;
  let receiver: Receiver;

  beforeAll(async () => {
    stack = await startTestStack();
    receiver = await Receiver.start();
  });
  afterAll(async () => {
    await receiver?.close();
    await stack?.stop();
  });

  it('explains each empty tag: expired before the call, posted after it, another number, filtered, or never posted', async () => {
    const caller = '+12025550101';
    await createCallWebhook(stack, receiver, {
      name: 'Empty-tag CRM',
      event_types: ['call.incoming', 'call.hangup'],
      body_template: '{"call":"[CALL_ID]","home":"[HOMEOWNER]","region":"[REGION_TAG]","late":"[LATE_NOTE]","score":"[LEAD_SCORE]"}',
    });
    await createCallWebhook(stack, receiver, {
      name: 'Picky CRM',
      event_types: ['call.incoming'],
      body_template: '{"call":"[CALL_ID]","only":"[PICKY_ONLY]"}',
      filters: [{ field: 'campaign_name', op: 'equals', value: 'never this campaign' }],
    });
    expect((await stack.request('/api/v1/tags', { body: { name: 'BUDGET' } })).status).toBe(201);

    const lead = await createIncomingWebhook(stack, { name: 'Short-lived leads', type: 'call_data' });
    await shortenLifespan(stack, lead.id, 1);
    const expired = await post(lead.url, 'caller_id=2025550101&HOMEOWNER=yes&LEAD_SCORE=80');
    expect(expired.caller_id).toBe(caller);
    // The same subscriber's number, read as a London number by a webhook whose region is GB.
    const british = await createIncomingWebhook(stack, { name: 'UK leads', type: 'call_data', default_region: 'GB' });
    const elsewhere = await post(british.url, 'caller_id=2025550101&REGION_TAG=north');
    expect(elsewhere.caller_id).toBe('+442025550101');

    await waitFor('the short-lived data to expire', () => (Date.now() > Date.parse(expired.expires_at) + 200 ? true : undefined));
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: caller, campaign_name: 'Solar' });
    await sendEvent(stack, callId, 'hangup', { duration: 5 });
    await waitFor('the call to end in the index', async () => {
      const { body } = await stack.request(`/api/v1/calls/${callId}`);
      return body.ended_at ? body : undefined;
    });
    const late = await post(lead.url, 'caller_id=2025550101&LATE_NOTE=called%20back');
    await waitFor('the filtered delivery to be logged', async () => {
      const { body } = await stack.request(`/api/v1/logs/outgoing?call_id=${callId}`);
      return body.data.some((d: any) => d.webhook_name === 'Picky CRM' && d.status === 'skipped') ? true : undefined;
    });

    const res = await stack.request(`/api/v1/calls/${callId}/empty-tags`);
    expect(res.status).toBe(200);
    expect(res.body.caller).toBe(caller);
    const byTag = new Map<string, any>(res.body.empty_tags.map((t: any) => [t.tag, t]));
    expect([...byTag.keys()].sort()).toEqual(['BUDGET', 'HOMEOWNER', 'LATE_NOTE', 'LEAD_SCORE', 'PICKY_ONLY', 'REGION_TAG']);

    expect(byTag.get('HOMEOWNER')).toMatchObject({ used_by: ['Empty-tag CRM'], reasons: [{ kind: 'expired_before_call', request_id: expired.request_id }] });
    expect(byTag.get('HOMEOWNER').reasons[0].text).toContain(expired.expires_at);
    expect(byTag.get('LEAD_SCORE').reasons).toEqual([expect.objectContaining({ kind: 'expired_before_call' })]);
    expect(byTag.get('LATE_NOTE').reasons).toEqual([expect.objectContaining({ kind: 'posted_after_call', request_id: late.request_id })]);
    expect(byTag.get('REGION_TAG').reasons).toEqual([expect.objectContaining({ kind: 'different_number', request_id: elsewhere.request_id })]);
    expect(byTag.get('REGION_TAG').reasons[0].text).toContain('+442025550101 (sent as "2025550101")');
    expect(byTag.get('PICKY_ONLY')).toMatchObject({ used_by: ['Picky CRM'] });
    expect(byTag.get('PICKY_ONLY').reasons.map((r: any) => r.kind)).toEqual(['delivery_filtered', 'no_request']);
    expect(byTag.get('PICKY_ONLY').reasons[0].text).toContain('filtered out');
    // Defined by the organization, used by no webhook, never posted.
    expect(byTag.get('BUDGET')).toMatchObject({ used_by: [], reasons: [{ kind: 'no_request', text: `No request in the incoming log carried [BUDGET] for ${caller}.` }] });
  });

  it('answers 404 for a call it does not know', async () => {
    const res = await stack.request('/api/v1/calls/no-such-call/empty-tags');
    expect(res.status).toBe(404);
  });
});
