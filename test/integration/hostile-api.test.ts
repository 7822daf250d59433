import { createWebhook, deliverViaWorkflow, eventContext, waitForDelivery } from '../support/deliveries';
import { Receiver } from '../support/receiver';
import { useStackAndReceiver, type TestStack } from '../support/stack';
import { waitFor } from './lifecycle-support';

const NESTED_LOOPS = '{% for i in (1..3000) %}{% for j in (1..3000) %}{% endfor %}{% endfor %}';

// What a hostile but legitimate API client (a valid token) can send to the management and platform API.
describe('management API under hostile input', () => {
  let stack: TestStack;
  let receiver: Receiver;
  useStackAndReceiver({}, (s, r) => {
    stack = s;
    receiver = r;
  });

  describe('templates that loop for ever', () => {
    const hostile = () => ({
      url: `${receiver.url}/hook`,
      headers: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`X-Loop-${i}`, NESTED_LOOPS])),
      body_format: 'raw',
      body_template: NESTED_LOOPS,
    });

    it('a preview reports the render out of budget for every part instead of rendering on', async () => {
      const res = await stack.request('/api/v1/outgoing-webhooks/preview', { body: hostile() });
      expect(res.status).toBe(200);
      expect(res.body.body).toBeNull();
      expect(res.body.problems).toHaveLength(10);
      expect(res.body.problems.every((p: any) => p.severity === 'error' && /render limit exceeded/.test(p.message))).toBe(true);
    });

    it('saving one is refused with 422, and more than 50 headers with 400', async () => {
      const saved = await stack.request('/api/v1/outgoing-webhooks', { body: { name: 'loops', event_types: ['call.completed'], ...hostile() } });
      expect(saved.status).toBe(422);
      expect(saved.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'body.body_template', message: expect.stringMatching(/render limit exceeded/) })]));

      const headers = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`X-H${i}`, 'v']));
      const many = await stack.request('/api/v1/outgoing-webhooks', { body: { name: 'headers', event_types: ['call.completed'], url: `${receiver.url}/hook`, headers } });
      expect(many.status).toBe(400);
      expect(many.body.errors).toEqual([{ path: 'body.headers', message: 'must have at most 50 headers' }]);
    });

    it('a loop driven by call data fails the delivery for good, logged, without reaching the receiver', async () => {
      const webhook = await createWebhook(stack, { url: `${receiver.url}/data-loop`, body_format: 'raw', body_template: '{% for i in (1..tags.N) %}x{% endfor %}' });
      const id = await deliverViaWorkflow(stack, webhook, eventContext({ tags: { N: '5000000' } }));
      const delivery = await waitForDelivery(stack, id);
      expect(delivery).toMatchObject({ status: 'failed', attempts_count: 1, error: expect.stringMatching(/memory alloc limit exceeded/) });
      expect(receiver.requests.filter((r) => r.url === '/data-loop')).toHaveLength(0);
    });

    it('a render out of time goes on the retry schedule (a busy machine can cause it) instead of failing at once', async () => {
      const webhook = await createWebhook(stack, { url: `${receiver.url}/slow-loop`, body_format: 'raw', body_template: '{% for i in (1..tags.N) %}{% for j in (1..tags.N) %}{% endfor %}{% endfor %}' });
      const id = await deliverViaWorkflow(stack, webhook, eventContext({ tags: { N: '3000' } }));
      // Three attempts (the schedule), each out of time, then held like any delivery that spent its schedule.
      const delivery = await waitForDelivery(stack, id, (d) => d.status !== 'pending', 90_000);
      expect(delivery).toMatchObject({ status: 'held', attempts_count: 3, error: expect.stringMatching(/render limit exceeded/) });
      expect(receiver.requests.filter((r) => r.url === '/slow-loop')).toHaveLength(0);
    });
  });

  describe('occurred_at', () => {
    it('refuses an offset PostgreSQL cannot store with a 400 naming the field, and starts no call', async () => {
      const res = await stack.request('/api/v1/calls/tz-refused/events', { body: { type: 'incoming', occurred_at: '2025-01-15T14:32:05+16:00', call: { from: '+15551230100' } } });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ path: 'body.occurred_at', message: expect.stringMatching(/±15:59/) })]);
      expect((await stack.request('/api/v1/calls/tz-refused')).status).toBe(404);
    });

    it('normalises an accepted offset to UTC, and the call reaches the index', async () => {
      const res = await stack.request('/api/v1/calls/tz-accepted/events', { body: { type: 'incoming', occurred_at: '2025-01-15T23:32:05-15:59', call: { from: '+15551230101' } } });
      expect(res.status).toBe(202);
      const listed = await waitFor('the call in the index', async () => (await stack.request('/api/v1/calls?caller=%2B15551230101')).body.data[0]);
      expect(listed.call_id).toBe('tz-accepted');
      const timeline = await stack.request('/api/v1/calls/tz-accepted/timeline');
      expect(timeline.body.entries).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'event', detail: expect.objectContaining({ occurred_at: '2025-01-16T15:31:05.000Z' }) })]));
    });
  });

  it('refuses a platform event nested deeper than 32 levels with a 400 naming where', async () => {
    const rtb = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const res = await stack.request('/api/v1/calls/deep-rtb/events', { body: `{"type": "incoming", "call": {"from": "+15551230102", "rtb": ${rtb}}}` });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: `body.call.rtb${'.a'.repeat(30)}`, message: 'nests deeper than 32 levels' }]);
  });

  describe('NUL characters and mangled cursors', () => {
    it.each([
      ['/api/v1/tags?cursor=a%00b', 'query.cursor'],
      ['/api/v1/tags?cursor=0', 'query.cursor'],
      ['/api/v1/calls?cursor=0', 'query.cursor'],
      ['/api/v1/logs/outgoing?cursor=a_b', 'query.cursor'],
      ['/api/v1/logs/incoming?cursor=req_%00', 'query.cursor'],
      ['/api/v1/tags/a%00b', 'path.id'],
      ['/api/v1/calls?campaign_id=a%00b', 'query.campaign_id'],
      ['/api/v1/logs/outgoing?call_id=a%00b', 'query.call_id'],
    ])('GET %s is a 400 naming %s', async (path, field) => {
      const res = await stack.request(path);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.body.errors).toEqual([expect.objectContaining({ path: field })]);
    });

    it.each([
      ['/api/v1/tags', { name: 'NUL_NAME', display_name: 'a\u0000b' }, 'body.display_name'],
      ['/api/v1/incoming-webhooks', { name: 'map', type: 'call_data', parameter_map: { 'zi\u0000p': 'ZIP' } }, 'body.parameter_map.zi\uFFFDp'],
      ['/api/v1/incoming-webhooks', { name: 'a\u0000b', type: 'call_data' }, 'body.name'],
      ['/api/v1/outgoing-webhooks', { name: 'n', event_types: ['call.completed'], url: 'https://x.example/', body_template: '{"a": "\ud800"}' }, 'body.body_template'],
    ])('POST %s with unstorable text is a 400 naming the field', async (path, body, field) => {
      const res = await stack.request(path, { body });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ path: field, message: expect.stringMatching(/NUL/) }]);
    });

    it('pages calls with the cursor it hands out', async () => {
      for (const id of ['page-a', 'page-b', 'page-c']) {
        const res = await stack.request(`/api/v1/calls/${id}/events`, { body: { type: 'incoming', call: { from: '+15551230200', campaign_id: 'paging' } } });
        expect(res.status).toBe(202);
      }
      await waitFor('three calls indexed', async () => ((await stack.request('/api/v1/calls?campaign_id=paging')).body.data.length === 3 ? true : undefined));
      const first = await stack.request('/api/v1/calls?campaign_id=paging&limit=2');
      expect(first.body.next_cursor).toMatch(/^\d+_page-/);
      const second = await stack.request(`/api/v1/calls?campaign_id=paging&limit=2&cursor=${first.body.next_cursor}`);
      const ids = [...first.body.data, ...second.body.data].map((c: any) => c.call_id);
      expect(new Set(ids)).toEqual(new Set(['page-a', 'page-b', 'page-c']));
      expect(second.body.next_cursor).toBeNull();
    });
  });

  it('titles a refused body by its status, 415 included', async () => {
    const res = await stack.request('/api/v1/tags', { body: '{"name": "X"}', headers: { 'content-type': 'application/json; charset=latin1' } });
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ title: 'Unsupported Media Type', errors: [{ path: 'body' }] });
  });

  it('answers a phone number of the right shape that is no possible number with a 422, and other methods with a 405', async () => {
    const impossible = await stack.request('/api/v1/calls/not-a-number/events', { body: { type: 'incoming', call: { from: '0' } } });
    expect(impossible.status).toBe(422);
    expect(impossible.body.errors).toEqual([expect.objectContaining({ path: 'body.call.from', message: expect.stringMatching(/not a possible phone number/) })]);
    const shapeless = await stack.request('/api/v1/calls/not-a-number/events', { body: { type: 'incoming', call: { from: 'nobody' } } });
    expect(shapeless.status).toBe(400);

    const put = await stack.request('/api/v1/tags', { method: 'PUT', body: {} });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('POST, GET');
  });
});
