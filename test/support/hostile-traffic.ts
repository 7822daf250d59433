// Requests a hostile but legitimate client can send, for the hostile-load test and benchmark: NUL bytes,
// unpaired surrogates, JSON nested thousands deep and templates that loop for ever, beside normal traffic.

export interface Target {
  url: string;
  /** An API token of the organization. */
  token: string;
  /** The auth key of one of its call_data incoming webhooks. */
  ingressKey: string;
}

const NESTED_LOOPS = '{% for i in (1..3000) %}{% for j in (1..3000) %}{% endfor %}{% endfor %}';
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

const json = (body: string, headers: Record<string, string> = {}) => ({ method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

/** One of each kind of hostile request; each resolves to the status it was answered with. */
export function hostileRequests(target: Target): Array<() => Promise<number>> {
  const api = { authorization: `Bearer ${target.token}` };
  const key = `auth_key=${target.ingressKey}`;
  const send = (path: string, init: RequestInit = {}) => () => fetch(`${target.url}${path}`, init).then(async (res) => (await res.arrayBuffer(), res.status));
  const loops = JSON.stringify({
    url: `${target.url}/hook`,
    body_format: 'raw',
    body_template: NESTED_LOOPS,
    headers: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`X-Loop-${i}`, NESTED_LOOPS])),
  });
  return [
    send(`/call-data?${key}&caller_id=5551230900&x=a%00b`),
    send(`/call-data?${key}`, json('{"caller_id": "5551230901", "x": "a\u0000b"}')),
    send(`/call-data?${key}`, json('{"caller_id": "5551230902", "x": "\\ud800"}')),
    send(`/call-data?${key}`, json(`{"caller_id": "5551230903", "lead": ${deepObject(7000)}}`)),
    send(`/call-data?${key}`, json(`{"caller_id": "5551230904", "remove": ${'['.repeat(5000)}${']'.repeat(5000)}}`)),
    send('/call-data?auth_key=%00'),
    send('/api/v1/tags?cursor=a%00b', { headers: api }),
    send('/api/v1/calls/deep/events', json(`{"type": "incoming", "call": {"from": "+15551230905", "rtb": ${deepObject(5000)}}}`, api)),
    send('/api/v1/outgoing-webhooks/preview', json(loops, api)),
    send('/api/v1/outgoing-webhooks', json(JSON.stringify({ name: 'loops', event_types: ['call.completed'], ...JSON.parse(loops) }), api)),
  ];
}

/** A normal lead post; resolves to its request id once answered 200. */
export async function normalIngress(target: Target, n: number): Promise<string> {
  const caller = `555${String(2000000 + n).padStart(7, '0')}`;
  const res = await fetch(`${target.url}/call-data?auth_key=${target.ingressKey}&caller_id=${caller}&lead=${n}`);
  const body = (await res.json()) as { request_id: string };
  if (res.status !== 200) throw new Error(`normal request ${n} answered ${res.status}: ${JSON.stringify(body)}`);
  return body.request_id;
}
