import { EVENT_BODY, sendEvent, waitFor } from '../integration/lifecycle-support';
import type { ReceivedRequest, Receiver } from './receiver';
import { uniqueName, type TestStack } from './stack';

// Helpers of the outage tests: calls with several events each, and what a receiver that answered them saw.

export const CALL_EVENTS = ['call.incoming', 'call.connected', 'call.hangup'];

/** A retry schedule shaped like the default one (40 attempts, exponential), at a scale of tenths of seconds. */
export const SHORT_SCHEDULE = { max_attempts: 40, initial_interval_seconds: 0.2, backoff_coefficient: 1.5, max_interval_seconds: 1 };

export async function createCallWebhook(stack: TestStack, receiver: Receiver, fields: Record<string, unknown> = {}): Promise<any> {
  const res = await stack.request('/api/v1/outgoing-webhooks', {
    body: { name: 'CRM', event_types: CALL_EVENTS, url: `${receiver.url}/crm`, body_template: EVENT_BODY, retry: SHORT_SCHEDULE, timeout_ms: 2000, ...fields },
  });
  if (res.status !== 201) throw new Error(`webhook not created: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Pauses after 4 failed attempts in a row and probes every half second to a second. */
export const QUICK_PAUSE = { failing_after: 2, pause_after: 4, probe_initial_interval_seconds: 0.5, probe_max_interval_seconds: 1, drain_per_second: 20 };

/** Waits until the webhook's health satisfies `until`; returns the webhook. */
export async function waitForHealth(stack: TestStack, webhookId: string, until: (health: any) => boolean, timeoutMs = 60_000): Promise<any> {
  let last: any;
  return waitFor(
    `health of ${webhookId} (last: ${JSON.stringify(last?.health)})`,
    async () => {
      last = (await stack.request(`/api/v1/outgoing-webhooks/${webhookId}`)).body;
      return until(last.health) ? last : undefined;
    },
    timeoutMs,
  );
}

/** Starts `count` calls and sends each one incoming → connected → hangup; returns the call ids. */
export async function runCalls(stack: TestStack, count: number): Promise<string[]> {
  const calls = Array.from({ length: count }, () => uniqueName('call'));
  for (const [i, callId] of calls.entries()) {
    await sendEvent(stack, callId, 'incoming', { from: `+1555200${String(i).padStart(4, '0')}` });
    await sendEvent(stack, callId, 'connected');
    await sendEvent(stack, callId, 'hangup', { duration: 1 });
  }
  return calls;
}

/** Receivers dedupe on `webhook-id`: the first request of each id, in arrival order. */
export function distinctDeliveries(requests: ReceivedRequest[]): ReceivedRequest[] {
  const seen = new Set<unknown>();
  return requests.filter((r) => !seen.has(r.headers['webhook-id']) && seen.add(r.headers['webhook-id']));
}

/** Event types per call among `requests`, in arrival order. */
export function eventsByCall(requests: ReceivedRequest[]): Map<string, string[]> {
  const byCall = new Map<string, string[]>();
  for (const body of requests.map((r) => JSON.parse(r.body))) byCall.set(body.call, [...(byCall.get(body.call) ?? []), body.type]);
  return byCall;
}

/** Polls the outgoing log until every delivery of the webhook has `status` and there are `count` of them. */
export async function waitForDeliveries(stack: TestStack, webhookId: string, count: number, status = 'succeeded', timeoutMs = 90_000): Promise<any[]> {
  let seen: Record<string, number> = {};
  return waitFor(
    () => `${count} ${status} deliveries of ${webhookId} (last seen by status: ${JSON.stringify(seen)})`,
    async () => {
      const { body } = await stack.request(`/api/v1/logs/outgoing?webhook_id=${webhookId}&limit=200`);
      seen = {};
      for (const d of body.data) seen[d.status] = (seen[d.status] ?? 0) + 1;
      const rows = body.data.filter((d: any) => d.status === status);
      return rows.length >= count ? rows : undefined;
    },
    timeoutMs,
  );
}
