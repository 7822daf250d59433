import { callWorkflowId } from '../../src/shared/messages';
import type { Receiver } from '../support/receiver';
import type { TestStack } from '../support/stack';

// Helpers shared by the call-lifecycle and calls-API tests.

/** The body every test webhook sends: enough to tell which call and event each delivery was. */
export const EVENT_BODY = '{"type": "{{ event.type }}", "event_id": "{{ event.id }}", "call": "{{ call.call_id }}", "status": "{{ call.status }}", "converted": {{ call.converted }}}';

export async function subscribe(stack: TestStack, receiver: Receiver, eventTypes: string[], extra: Record<string, unknown> = {}): Promise<string> {
  const res = await stack.request('/api/v1/outgoing-webhooks', {
    body: { name: `test ${eventTypes.length} events`, event_types: eventTypes, url: `${receiver.url}/hook`, body_format: 'json', body_template: EVENT_BODY, ...extra },
  });
  if (res.status !== 201) throw new Error(`webhook not created: ${JSON.stringify(res.body)}`);
  return res.body.id;
}

export async function sendEvent(stack: TestStack, callId: string, type: string, call: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  const res = await stack.request(`/api/v1/calls/${callId}/events`, { body: { type, call, ...extra } });
  if (res.status !== 202) throw new Error(`event ${type} not accepted: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { call_id: string; workflow_id: string; event_id: string };
}

/** The event types a receiver got for one call, in arrival order. */
export function typesFor(receiver: Receiver, callId: string): string[] {
  return receiver.requests.map((r) => JSON.parse(r.body)).filter((b) => b.call === callId).map((b) => b.type);
}

/** Polls `probe` until it answers; `what` may be a function, to say on timeout what was seen last. */
export async function waitFor<T>(what: string | (() => string), probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Waits until the receiver has `type` for the call; returns every type received for it so far. */
export function waitForType(receiver: Receiver, callId: string, type: string, timeoutMs?: number): Promise<string[]> {
  return waitFor(`${type} for ${callId} (got ${typesFor(receiver, callId).join(', ')})`, () => (typesFor(receiver, callId).includes(type) ? typesFor(receiver, callId) : undefined), timeoutMs);
}

export function callHandle(stack: TestStack, callId: string) {
  return stack.temporal.workflow.getHandle(callWorkflowId(stack.orgId, callId));
}

/** The activities a call's history records so far, by type: scheduled ones, and local ones (from their markers). */
export async function activitiesOf(stack: TestStack, callId: string): Promise<{ scheduled: string[]; local: string[] }> {
  const events = (await callHandle(stack, callId).fetchHistory()).events ?? [];
  const localType = (data: Uint8Array | null | undefined) => (data ? (JSON.parse(Buffer.from(data).toString()) as { activity_type: string }).activity_type : []);
  return {
    scheduled: events.flatMap((e) => e.activityTaskScheduledEventAttributes?.activityType?.name ?? []),
    local: events.flatMap((e) => localType(e.markerRecordedEventAttributes?.details?.data?.payloads?.[0]?.data)),
  };
}

/** Waits until the call's workflow has closed (its post-call window ended and deliveries drained). */
export async function waitForClose(stack: TestStack, callId: string, timeoutMs?: number): Promise<void> {
  await waitFor(`call ${callId} to close`, async () => ((await callHandle(stack, callId).describe()).status.name === 'COMPLETED' ? true : undefined), timeoutMs);
}
