import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { CallFields, CallSnapshot, PlatformEventType } from './call';

/** A lifecycle event from the call platform, as accepted by the platform API. */
export interface PlatformEvent {
  type: PlatformEventType;
  /** Idempotency key: the platform's own, or derived from the request when it sends none. */
  event_id: string;
  occurred_at: string;
  received_at: string;
  call: CallFields;
}

export interface CallWorkflowInput {
  orgId: string;
  callId: string;
}

// A signal, not an update: the platform fires events and moves on; the API answers 202 once signal-with-start
// has made the event durable, and the workflow decides later whether it applies (duplicates, out of order).
export const callEventSignal = defineSignal<[PlatformEvent]>('callEvent');

// Live state for `GET /calls/{id}` while the workflow runs; the index serves it afterwards.
export const callStateQuery = defineQuery<CallSnapshot & { tags: Record<string, string> }>('callState');

/** Workflow id of a call: one workflow per (organization, call). */
export function callWorkflowId(orgId: string, callId: string): string {
  return `call-${orgId}-${callId}`;
}
