import { Receiver } from '../support/receiver';
import { bearerOperations, fillPath, sample, type Operation } from '../support/openapi-walk';
import { useStackAndReceiver, uniqueName, type TestStack } from '../support/stack';
import { waitFor } from './lifecycle-support';

// Organization A's tokens must never see organization B's data, on any route: this walks every bearer route of
// the OpenAPI document with A's tokens (each role) against B's ids, and every list with filters naming B's ids.

const BASE = '/api/v1';
// Everything of B's carries one of these; A's answers must never contain them.
const B_MARKER = /bravo|5557770123/i;

describe("organization isolation on every route of the OpenAPI document", () => {
  let stack: TestStack;
  let receiver: Receiver;
  const alpha: Record<string, string> = {};
  let alphaOrg = '';
  /** B's resource ids by the path prefix they live under. */
  const bravo: Record<string, string> = {};
  let operations: Operation[] = [];
  // A reporting an event for B's call id starts A's own call with that id: a call of B's no other route reads.
  const secondCall = uniqueName('call');

  async function as(token: string, method: string, path: string, body?: unknown) {
    return stack.request(path, { token, method, body: method === 'GET' || method === 'DELETE' ? undefined : (body ?? {}) });
  }

  const ok = (token: string, path: string, body?: unknown) => stack.ok(path, { token, body });

  useStackAndReceiver({}, async (s, r) => {
    stack = s;
    receiver = r;
    const a = await ok(stack.token, `${BASE}/organizations`, { name: 'Alpha' });
    alphaOrg = a.id;
    alpha.admin = a.admin_token.token;
    for (const role of ['read', 'platform']) alpha[role] = (await ok(stack.token, `${BASE}/organizations/${a.id}/tokens`, { name: `alpha ${role}`, role })).token;

    const b = await ok(stack.token, `${BASE}/organizations`, { name: 'Bravo' });
    const admin = b.admin_token.token;
    bravo.organizations = b.id;
    const incoming = await ok(admin, `${BASE}/incoming-webhooks`, { name: 'bravo form', type: 'call_data' });
    bravo['incoming-webhooks'] = incoming.id;
    const posted = await fetch(`${stack.api.url}/call-data?auth_key=${incoming.auth_key}&caller_id=5557770123&note=bravo`);
    bravo['logs/incoming'] = ((await posted.json()) as { request_id: string }).request_id;
    bravo['outgoing-webhooks'] = (
      await ok(admin, `${BASE}/outgoing-webhooks`, {
        name: 'bravo feed',
        event_types: ['call.incoming'],
        url: `${receiver.url}/bravo`,
        headers: { Authorization: 'Bearer bravo-secret' },
        body_template: '{"who": "bravo [FROM]"}',
      })
    ).id;
    bravo.recoveries = (await ok(admin, `${BASE}/outgoing-webhooks/${bravo['outgoing-webhooks']}/recover`, { since: new Date(Date.now() - 3_600_000).toISOString() })).id;
    bravo.tags = (await ok(admin, `${BASE}/tags`, { name: 'BRAVO_SEGMENT' })).id;
    const postback = await ok(admin, `${BASE}/incoming-webhooks`, { name: 'bravo crm', type: 'update_fields' });
    const held = await fetch(`${stack.api.url}/update-fields?auth_key=${postback.auth_key}&caller_id=5557770999&converted=1&note=bravo`);
    bravo['held-postbacks'] = ((await held.json()) as { held_id: string }).held_id;
    bravo.tokens = (await ok(admin, `${BASE}/tokens`, { name: 'bravo reader', role: 'read' })).id;
    const callId = uniqueName('call');
    bravo.calls = callId;
    for (const id of [callId, secondCall]) await ok(admin, `${BASE}/calls/${id}/events`, { type: 'incoming', call: { from: '+15557770123', campaign_name: 'bravo campaign' } });
    bravo['logs/outgoing'] = await waitFor('B’s delivery', async () => (await ok(admin, `${BASE}/logs/outgoing`)).data[0]?.id);
    await waitFor('B’s call in the index', async () => (await as(admin, 'GET', `${BASE}/calls/${callId}`)).status === 200);

    operations = bearerOperations((await stack.request(`${BASE}/openapi.json`, { token: null })).body);
  });

  it('knows an id of B for every route with a path parameter', () => {
    const unknown = operations.filter((op) => !fillPath(op.path, BASE, bravo)).map((op) => `${op.method} ${op.path}`);
    expect(unknown).toEqual([]);
  });

  it("never answers A's tokens with B's data, and lets each role do only what the document says", async () => {
    const seen: string[] = [];
    for (const op of operations) {
      const reportsEvent = op.path.endsWith('/calls/{call_id}/events');
      const path = reportsEvent ? `${BASE}/calls/${secondCall}/events` : fillPath(op.path, BASE, bravo)!;
      const body = op.body ? sample(op.body) : undefined;
      for (const role of ['admin', 'read', 'platform']) {
        const res = await as(alpha[role], op.method, path, body);
        const where = `${role} ${op.method} ${path}`;
        expect({ where, leaked: B_MARKER.test(JSON.stringify(res.body ?? '')) }).toEqual({ where, leaked: false });
        if (!op.roles.includes(role)) {
          expect({ where, status: res.status }).toEqual({ where, status: 403 });
          continue;
        }
        seen.push(where);
        if (reportsEvent) {
          expect({ where, status: res.status }).toEqual({ where, status: 202 });
          expect(res.body.workflow_id).toContain(alphaOrg);
        } else if (path !== op.path) {
          expect({ where, status: res.status }).toEqual({ where, status: 404 });
        } else {
          expect({ where, status: res.status < 500 }).toEqual({ where, status: true });
        }
      }
    }
    expect(seen.length).toBeGreaterThan(20);
  });

  it("filters lists by B's ids to nothing", async () => {
    const filters: Record<string, string> = {
      call_id: bravo.calls,
      resource_id: bravo.tags,
      actor_token_id: bravo.tokens,
      caller: '+15557770123',
    };
    let filtered = 0;
    for (const op of operations.filter((o) => o.method === 'GET' && !o.path.includes('{'))) {
      const params = op.queryParams.filter((name) => name in filters || name === 'webhook_id');
      if (params.length === 0) continue;
      const webhook = op.path.includes('incoming') ? bravo['incoming-webhooks'] : bravo['outgoing-webhooks'];
      const query = params.map((name) => `${name}=${encodeURIComponent(filters[name] ?? webhook)}`).join('&');
      const res = await as(alpha.admin, 'GET', `${op.path}?${query}`);
      expect({ path: op.path, status: res.status, leaked: B_MARKER.test(JSON.stringify(res.body)) }).toEqual({ path: op.path, status: 200, leaked: false });
      if (Array.isArray(res.body?.data)) expect({ path: op.path, data: res.body.data }).toEqual({ path: op.path, data: [] });
      filtered++;
    }
    // The logs, calls and audit log take such filters at least.
    expect(filtered).toBeGreaterThanOrEqual(4);
  });

  it("does not render A's webhook with B's call", async () => {
    const own = await ok(alpha.admin, `${BASE}/outgoing-webhooks`, { name: 'alpha feed', event_types: ['call.incoming'], url: `${receiver.url}/alpha`, body_template: '{"c": "[CAMPAIGN_NAME]"}' });
    const res = await as(alpha.admin, 'POST', `${BASE}/outgoing-webhooks/${own.id}/preview`, { call_id: bravo.calls });
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toMatch(B_MARKER);
  });
});
