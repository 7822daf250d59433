import { createWebhook, deliverViaWorkflow, eventContext, waitForDelivery } from '../support/deliveries';
import { Receiver } from '../support/receiver';
import { useStackAndReceiver, type TestStack } from '../support/stack';

// What a receiver answers ends up in the delivery log: it must neither leak the receiver's secrets nor fail
// the log write (and with it the attempt, retried for ever).
describe('delivery log of what receivers answer', () => {
  let stack: TestStack;
  let receiver: Receiver;
  useStackAndReceiver({}, (s, r) => {
    stack = s;
    receiver = r;
  });

  it('keeps a response with NUL bytes (replaced) and redacts the receiver\'s cookies and keys', async () => {
    const webhook = await createWebhook(stack, { url: `${receiver.url}/nul`, body_template: '{}' });
    receiver.reply({
      status: 200,
      headers: { 'Set-Cookie': 'session=receiver-session-secret', 'X-Api-Key': 'receiver-api-key', 'X-Trace': 't-1' },
      body: 'ok\u0000done',
    });
    const id = await deliverViaWorkflow(stack, webhook, eventContext());
    const delivery = await waitForDelivery(stack, id);
    expect(delivery).toMatchObject({ status: 'succeeded', attempts_count: 1 });
    const [attempt] = delivery.attempts;
    expect(attempt.response.body).toBe('ok\uFFFDdone');
    expect(attempt.response.headers).toMatchObject({ 'set-cookie': '[redacted]', 'x-api-key': '[redacted]', 'x-trace': 't-1' });
    expect(JSON.stringify(delivery)).not.toMatch(/receiver-session-secret|receiver-api-key/);
    expect(receiver.requests.filter((r) => r.url === '/nul')).toHaveLength(1);
  });
});
