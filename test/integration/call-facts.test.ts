import { Receiver } from '../support/receiver';
import { useStackAndReceiver, uniqueName, type TestStack } from '../support/stack';
import { sendEvent, waitFor, waitForClose } from './lifecycle-support';

// Recording, IVR inputs, who hung up and the caller's name and place: from the platform API to a real delivery
// (tokens and filters), the live call and the call index.
const FACTS_BODY =
  '{"call": "[CALL_ID]", "type": "[EVENT_TYPE]", "recording": "[RECORDING_URL]", "ivr": "[IVR]", "hangup_by": "[HANGUP_BY]", "name": "[CALLER_NAME]", "place": "[CALLER_CITY], [CALLER_STATE] [CALLER_ZIP]", "first_digits": "{{ call.ivr[0].digits }}"}';

describe('call facts from the platform', () => {
  let stack: TestStack;
  let receiver: Receiver;
  useStackAndReceiver({ POST_CALL_WINDOW_SECONDS: '2' }, async (s, r) => {
    stack = s;
    receiver = r;
  });

  const facts = {
    recording_url: 'https://recordings.example.com/rec-1.mp3?sig=a&b=c',
    caller_name: 'JANE "JJ" DOE',
    caller_city: 'Austin',
    caller_state: 'TX',
    caller_zip: '78701',
    ivr: [{ node: 'main_menu', digits: '1' }, { node: 'zip', digits: '78701' }, { digits: '#' }],
  };

  it('reach templates, filters, the live call and the index', async () => {
    const hook = (name: string, path: string, filters: unknown[]) =>
      stack.ok('/api/v1/outgoing-webhooks', { body: { name, event_types: ['call.completed'], url: `${receiver.url}/${path}`, body_format: 'json', body_template: FACTS_BODY, filters } });
    await hook('texas callers who pressed 1', 'tx', [
      { field: 'caller_state', op: 'equals', value: 'TX' },
      { field: 'ivr', op: 'contains', value: 'main_menu=1' },
      { field: 'call.hangup_by', op: 'equals', value: 'target' },
      { field: 'recording_url', op: 'exists' },
      { field: 'caller_zip', op: 'in', value: ['78701', '78702'] },
    ]);
    await hook('california callers', 'ca', [{ field: 'caller_state', op: 'equals', value: 'CA' }]);

    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: '+15552400301', caller_name: facts.caller_name, caller_city: facts.caller_city, caller_state: facts.caller_state, caller_zip: facts.caller_zip });
    await sendEvent(stack, callId, 'connected', { ivr: facts.ivr });
    const live = await stack.ok(`/api/v1/calls/${callId}`);
    expect(live).toMatchObject({ source: 'workflow', caller_name: facts.caller_name, caller_state: 'TX', ivr: facts.ivr, recording_url: null, hangup_by: null });

    await sendEvent(stack, callId, 'hangup', { hangup_by: 'target', recording_url: facts.recording_url });
    const [delivery] = await receiver.waitForRequests(1);
    expect(delivery.url).toBe('/tx');
    expect(JSON.parse(delivery.body)).toEqual({
      call: callId,
      type: 'call.completed',
      recording: facts.recording_url,
      ivr: 'main_menu=1, zip=78701, #',
      hangup_by: 'target',
      name: facts.caller_name,
      place: 'Austin, TX 78701',
      first_digits: '1',
    });

    await waitForClose(stack, callId);
    const indexed = await waitFor('the index to record the close', async () => {
      const res = await stack.ok(`/api/v1/calls/${callId}`);
      return res.closed_at ? res : undefined;
    });
    expect(indexed).toMatchObject({ source: 'index', hangup_by: 'target', ...facts });
    // The filtered-out webhook never got the call.
    expect(receiver.requests.map((r) => r.url)).toEqual(['/tx']);
  });

  it('refuses malformed facts with a 400 naming the field', async () => {
    const res = await stack.request(`/api/v1/calls/${uniqueName('call')}/events`, {
      body: { type: 'incoming', call: { recording_url: 'javascript:alert(1)', ivr: [{ digits: '12x' }] } },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.call.recording_url', 'body.call.ivr.0.digits']);
  });
});
