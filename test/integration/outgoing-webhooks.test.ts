import { createWebhook, waitForDelivery } from '../support/deliveries';
import { Receiver } from '../support/receiver';
import { useStackAndReceiver, uniqueName, type TestStack } from '../support/stack';

describe('outgoing webhooks API', () => {
  let stack: TestStack;
  let receiver: Receiver;
  useStackAndReceiver({}, (s, r) => {
    stack = s;
    receiver = r;
  });

  describe('save-time validation', () => {
    it('refuses a json template that does not render valid JSON with 422 naming the field and the place', async () => {
      const res = await stack.request('/api/v1/outgoing-webhooks', {
        body: { name: 'broken', event_types: ['call.incoming'], url: `${receiver.url}/x`, body_template: '{"caller": "[FROM]",}' },
      });
      expect(res.status).toBe(422);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.body.detail).toMatch(/^body_template: rendered body is not valid JSON/);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'body_template', path: 'body.body_template', message: expect.stringMatching(/line 1/) })]);
    });

    it('refuses a template Liquid cannot parse, and a PATCH that would break a saved webhook', async () => {
      const liquid = await stack.request('/api/v1/outgoing-webhooks', {
        body: { name: 'liquid', event_types: ['call.incoming'], url: `${receiver.url}/x`, body_format: 'raw', body_template: 'hi {{ call.from ' },
      });
      expect(liquid.status).toBe(422);
      expect(liquid.body.errors[0].field).toBe('body_template');

      const webhook = await createWebhook(stack, { url: `${receiver.url}/x`, body_template: '{"a": 1}' });
      const patch = await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}`, { method: 'PATCH', body: { url: 'ftp://example.com/[CALL_ID]' } });
      expect(patch.status).toBe(422);
      expect(patch.body.errors[0]).toMatchObject({ field: 'url', message: expect.stringMatching(/scheme must be http or https/) });
      expect((await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}`)).body.url).toBe(`${receiver.url}/x`);
    });

    it('refuses unknown event types and malformed filters with 400 naming the field', async () => {
      const res = await stack.request('/api/v1/outgoing-webhooks', {
        body: { name: 'x', event_types: ['call.exploded'], url: `${receiver.url}/x`, filters: [{ field: 'tags.HOMEOWNER', op: 'gt', value: 'many' }] },
      });
      expect(res.status).toBe(400);
      const paths = res.body.errors.map((e: any) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['body.event_types.0', expect.stringMatching(/^body\.filters\.0/)]));
    });
  });

  it('filters: only events that match every condition are delivered; the others are logged as skipped with the reason', async () => {
    const webhook = await createWebhook(stack, {
      name: 'TX solar only',
      event_types: ['call.incoming'],
      url: `${receiver.url}/filtered`,
      body_template: '{"campaign": "[CAMPAIGN_NAME]"}',
      filters: [
        { field: 'campaign_name', op: 'contains', value: 'solar' },
        { field: 'call.publisher_id', op: 'in', value: ['pub_1', 'pub_2'] },
      ],
    });
    const matching = uniqueName('call');
    const other = uniqueName('call');
    await stack.request(`/api/v1/calls/${other}/events`, { body: { type: 'incoming', call: { from: '+15551230000', campaign_name: 'Roofing', publisher_id: 'pub_1' } } });
    await stack.request(`/api/v1/calls/${matching}/events`, { body: { type: 'incoming', call: { from: '+15551230001', campaign_name: 'Solar TX', publisher_id: 'pub_2' } } });

    const [request] = await receiver.waitForRequests(1);
    expect(JSON.parse(request.body)).toEqual({ campaign: 'Solar TX' });

    const deadline = Date.now() + 30_000;
    let skipped: any[] = [];
    while (skipped.length === 0 && Date.now() < deadline) {
      skipped = (await stack.request(`/api/v1/logs/outgoing?webhook_id=${webhook.id}&status=skipped`)).body.data;
      if (skipped.length === 0) await new Promise((r) => setTimeout(r, 200));
    }
    expect(skipped).toEqual([expect.objectContaining({ call_id: other, event_type: 'call.incoming', attempts_count: 0, error: 'filtered out: campaign_name contains "solar" (actual: "Roofing")' })]);
    const sent = await stack.request(`/api/v1/logs/outgoing?webhook_id=${webhook.id}&call_id=${matching}`);
    expect(sent.body.data).toHaveLength(1);
    await waitForDelivery(stack, sent.body.data[0].id, (d) => d.status === 'succeeded');
    expect(receiver.requests.filter((r) => r.url === '/filtered')).toHaveLength(1);
  });

  describe('preview', () => {
    it('renders a saved webhook with the sample call, with warnings for unknown tokens', async () => {
      const webhook = await createWebhook(stack, {
        url: `${receiver.url}/p?caller=[FROM]`,
        headers: { 'X-Campaign': '[CAMPAIGN_NAME]' },
        body_template: '{"buyer": "[BUYER_NAME]", "n": [NOPE]}',
      });
      const res = await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}/preview`, { body: {} });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        method: 'POST',
        url: `${receiver.url}/p?caller=%2B15551234567`,
        headers: { 'content-type': expect.stringMatching(/^application\/json/), 'X-Campaign': 'Solar Leads TX' },
        body: '{"buyer": "Sunrise Solar", "n": null}',
      });
      expect(res.body.warnings).toEqual([expect.stringMatching(/NOPE/)]);
      expect(res.body.problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'body_template' })]);
    });

    it("does not call the organization's own tags unknown", async () => {
      const tag = await stack.request('/api/v1/tags', { body: { name: 'PREVIEW_SCORE' } });
      expect(tag.status).toBe(201);
      const res = await stack.request('/api/v1/outgoing-webhooks/preview', {
        body: { url: 'https://example.com/hook', body_template: '{"score": "[PREVIEW_SCORE]", "other": "[NOT_A_TAG]"}' },
      });
      expect(res.status).toBe(200);
      expect(res.body.problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/NOT_A_TAG/) })]);
    });

    it("renders with a real call's data when given its id, and 404s an unknown call", async () => {
      const callId = uniqueName('call');
      await stack.request(`/api/v1/calls/${callId}/events`, { body: { type: 'incoming', call: { from: '+15557654321', campaign_name: 'Preview campaign' } } });
      const webhook = await createWebhook(stack, { event_types: ['call.incoming'], url: `${receiver.url}/p`, body_template: '{"c": "[CAMPAIGN_NAME]", "id": "[CALL_ID]", "e": "[EVENT_TYPE]"}' });
      const deadline = Date.now() + 30_000;
      let res: any;
      do {
        // The call's workflow applies the event asynchronously: wait until its state shows it.
        res = await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}/preview`, { body: { call_id: callId } });
        if (res.status === 200 && res.body.body.includes('Preview campaign')) break;
        await new Promise((r) => setTimeout(r, 200));
      } while (Date.now() < deadline);
      expect(JSON.parse(res.body.body)).toEqual({ c: 'Preview campaign', id: callId, e: 'call.incoming' });

      const unknown = await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}/preview`, { body: { call_id: 'no-such-call' } });
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ title: 'Not Found', detail: 'Call no-such-call was not found' });
    });

    it('renders unsaved fields, reporting problems instead of failing', async () => {
      const good = await stack.request('/api/v1/outgoing-webhooks/preview', {
        body: { url: 'https://example.com/hook', body_format: 'form', body_template: 'from=[FROM]&buyer=[BUYER_NAME]' },
      });
      expect(good.status).toBe(200);
      expect(good.body).toMatchObject({ method: 'POST', body: 'from=%2B15551234567&buyer=Sunrise+Solar', problems: [] });

      const bad = await stack.request('/api/v1/outgoing-webhooks/preview', { body: { url: 'https://example.com/hook', body_template: '{"a": [FROM] [TO]}' } });
      expect(bad.status).toBe(200);
      expect(bad.body.problems).toEqual([expect.objectContaining({ severity: 'error', field: 'body_template' })]);
    });
  });

  it('test send: sends once now with the sample call, returns request and response, and logs it', async () => {
    receiver.reply({ status: 201, headers: { 'x-receiver': 'yes' }, body: '{"received":true}' });
    const webhook = await createWebhook(stack, { url: `${receiver.url}/test-send`, headers: { Authorization: 'Bearer s3cret' }, body_template: '{"e": "[EVENT_TYPE]"}' });
    const res = await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}/test`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      delivery_id: expect.stringMatching(/^dlv_/),
      request: { method: 'POST', url: `${receiver.url}/test-send`, body: '{"e": "call.converted"}', headers: { Authorization: '[redacted]' } },
      response: { status: 201, body: '{"received":true}', headers: expect.objectContaining({ 'x-receiver': 'yes' }) },
      error: null,
    });
    const received = receiver.requests.find((r) => r.url === '/test-send')!;
    expect(received.headers.authorization).toBe('Bearer s3cret');
    expect(received.headers['webhook-id']).toBe(res.body.delivery_id);

    const logged = await stack.request(`/api/v1/logs/outgoing/${res.body.delivery_id}`);
    expect(logged.body).toMatchObject({ status: 'succeeded', event_type: 'call.converted', webhook_name: 'test hook', attempts_count: 1, last_status_code: 201 });
    // Sample data: marked as a test, naming no call, and not something to redeliver.
    expect(logged.body).toMatchObject({ test: true, call_id: null });
    const again = await stack.request(`/api/v1/logs/outgoing/${res.body.delivery_id}/redeliver`, { method: 'POST' });
    expect(again.status).toBe(409);

    // The operator picks the event: the same sample the preview renders for it.
    const incoming = await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}/test`, { body: { event_type: 'call.incoming' } });
    expect(incoming.body.request.body).toBe('{"e": "call.incoming"}');
    expect((await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}/test`, { body: { event_type: 'call.nope' } })).status).toBe(400);
    expect(again.body.detail).toMatch(/test send/);
  });

  it('lists presets that pass validation and the event catalogue with tokens', async () => {
    const presets = await stack.request('/api/v1/outgoing-webhook-presets');
    expect(presets.body.data.map((p: any) => p.id)).toEqual(expect.arrayContaining(['slack-incoming-webhook', 'telegram-send-message']));
    for (const preset of presets.body.data) {
      const { id: _id, description: _d, ...fields } = preset;
      // Each carries its target's published rate limit, and its alert template passes validation too.
      expect(preset.rate_limit).toEqual({ requests: expect.any(Number), per: expect.stringMatching(/^(second|minute)$/), burst: expect.any(Number) });
      const created = await stack.request('/api/v1/outgoing-webhooks', { body: { ...fields, url: `${receiver.url}/preset`, notification_channel: true } });
      expect(created.status).toBe(201);
    }

    const catalogue = await stack.request('/api/v1/event-types');
    expect(catalogue.body.data).toEqual(expect.arrayContaining([{ type: 'call.converted', description: expect.any(String) }]));
    expect(catalogue.body.data).toHaveLength(12);
    expect(catalogue.body.tokens).toEqual(expect.arrayContaining([{ name: 'CALL_ID', description: expect.any(String), example: expect.any(String) }]));
  });
});
