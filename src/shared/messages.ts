import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CallFields, CallSnapshot, PlatformEventType } from './call';
import type { TagSource } from './tags';

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
  /**
   * Set on calls started since post-call updates to a live call are queued until completion. In the input (so
   * in the history) rather than behind a patch marker: the timeline re-runs the reducer and must know it too.
   */
  queuesLiveUpdates?: boolean;
  /** Set on calls started since the first step's local activity also begins the call (no `beginCall` of its own). */
  beginsInStep?: boolean;
  /** A new run of a closed call, started by a late post-call update: the state comes from the call index. */
  reopen?: { previousRunId?: string };
}

// A signal, not an update: the platform fires events and moves on; the API answers 202 once signal-with-start
// has made the event durable, and the workflow decides later whether it applies (duplicates, out of order).
export const callEventSignal = defineSignal<[PlatformEvent]>('callEvent');

// Live state for `GET /calls/{id}` while the workflow runs; the index serves it afterwards.
export const callStateQuery = defineQuery<LiveCallState>('callState');

/** A running call as its workflow reports it. */
export interface LiveCallState extends CallSnapshot {
  tags: Record<string, string>;
  tag_sources?: Record<string, TagSource>;
  completed_at?: string;
  post_call_window_ends_at?: string;
}

/** Workflow id of a call: one workflow per (organization, call). */
export function callWorkflowId(orgId: string, callId: string): string {
  return `call-${orgId}-${callId}`;
}

// ── Enrichment and post-call updates (incoming webhooks) ─────────────────────────────────────────────

/** Pre-call data for a caller, as an incoming `call_data` webhook delivered it. */
export interface Enrichment {
  webhook_id: string;
  request_id: string;
  received_at: string;
  /** Tag name → value, already normalized by the ingress. */
  data: Record<string, string>;
  expires_at: string;
}

// A signal: the ingress hands a post to the caller's calls in progress once it is committed to PostgreSQL,
// and needs no answer (the call drops a post it already has, by request id).
export const enrichmentSignal = defineSignal<[Enrichment]>('attachEnrichment');

/** A post-call change from `update_fields` / `update_revenue` / `update_tags`. */
export interface PostCallChange {
  request_id: string;
  webhook_id: string;
  /** Idempotency: a repeat with the same transaction id has no second effect. */
  transaction_id?: string;
  converted?: boolean;
  call_converted_at?: string;
  revenue_paid_out?: number;
  publisher_paid_out?: number;
  reason?: string;
  /** One of NO_PAYOUT_REASONS, or null to clear it; completed calls only. */
  no_payout_reason?: string | null;
  add?: Record<string, string>;
  remove?: string[];
  /** A held postback (it matched no call when it arrived) given to this call later. */
  held_id?: string;
}

export type PostCallOutcome =
  | { result: 'applied'; duplicate: boolean; emitted: string[] }
  /** The call is live: the change is kept in order and applied when the call completes. */
  | { result: 'queued'; duplicate: boolean }
  /** `reopenable: false`: the call closed before calls kept their state, so a late update cannot reopen it. */
  | { result: 'window_closed'; reopenable?: false };

/** The failure type of a change refused by a rule of the call's state (the ingress answers 409), not its shape. */
export const RULE_REFUSAL = 'PostCallRuleRefusal';

/** Fields a post-call change may set only once the call has completed (the update validator refuses them before). */
export const COMPLETED_ONLY_FIELDS = ['publisher_paid_out', 'no_payout_reason'] as const;

// An update, not a signal: the HTTP answer must say what really happened (applied, queued, duplicate, closed).
export const postCallUpdate = defineUpdate<PostCallOutcome, [PostCallChange]>('postCallUpdate');

// ── Paused outgoing webhooks (docs/delivery-resilience.md) ───────────────────────────────────────────

// A signal to every workflow holding a delivery for a webhook that was paused: it may try again now. A signal:
// the webhook's gate releases held deliveries in batches and needs no answer (the delivery re-checks the state).
export const deliveryReleaseSignal = defineSignal<[{ webhookId: string }]>('releaseDeliveries');

// A signal to a paused webhook's gate: an operator resumed it (or deleted it), so drain now instead of at the
// next probe.
export const webhookResumedSignal = defineSignal('webhookResumed');

/** Workflow id of a webhook's gate: at most one per webhook probes it while paused and drains it afterwards. */
export function webhookGateWorkflowId(webhookId: string): string {
  return `webhook-gate-${webhookId}`;
}
