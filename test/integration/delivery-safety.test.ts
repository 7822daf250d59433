import { createWebhook, deliverViaWorkflow, eventContext, waitForDelivery } from '../support/deliveries';
import { Receiver } from '../support/receiver';
import { useStackAndReceiver, type TestStack } from '../support/stack';

// No allow-list: loopback is as forbidden as any other internal address.
describe('target safety without an allow-list', () => {
  let stack: TestStack;
  let receiver: Receiver;
  useStackAndReceiver({ OUTGOING_ALLOW_NETWORKS: '' }, (s, r) => {
    stack = s;
    receiver = r;
  });

  const port = () => new URL(receiver.url).port;
  it.each([
    ['an IP literal', () => receiver.url, /loopback address/],
    ['a hostname resolving to loopback', () => receiver.url.replace('127.0.0.1', 'localhost'), /loopback address/],
    ['an IPv4-compatible IPv6 literal', () => `http://[::127.0.0.1]:${port()}`, /IPv4-compatible/],
    ['an IPv4-translated IPv6 literal', () => `http://[::ffff:0:7f00:1]:${port()}`, /loopback \(IPv4-translated of 127\.0\.0\.1\)/],
    ['a NAT64 form of the metadata address', () => `http://[64:ff9b::a9fe:a9fe]:${port()}`, /link-local \(NAT64 of 169\.254\.169\.254\)/],
    ['a 6to4 form of a private address', () => `http://[2002:a00:1::1]:${port()}`, /private \(6to4 of 10\.0\.0\.1\)/],
  ])('refuses %s at connect time, once, and logs why', async (_what, url, why) => {
    const webhook = await createWebhook(stack, { url: `${url()}/internal`, body_template: '{}' });
    const id = await deliverViaWorkflow(stack, webhook, eventContext());
    const delivery = await waitForDelivery(stack, id);
    expect(delivery).toMatchObject({ status: 'failed', attempts_count: 1, last_status_code: null });
    expect(delivery.error).toMatch(/refused to connect to /);
    expect(delivery.error).toMatch(why);
    expect(receiver.requests).toHaveLength(0);
  });

  it('a test send is refused the same way', async () => {
    const webhook = await createWebhook(stack, { url: `${receiver.url.replace('127.0.0.1', 'localhost')}/test`, body_template: '{}' });
    const res = await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}/test`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ response: null, error: expect.stringMatching(/loopback address .*OUTGOING_ALLOW_NETWORKS/) });
    expect(receiver.requests).toHaveLength(0);
  });
});
