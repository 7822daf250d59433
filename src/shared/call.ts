// Call vocabulary shared by workflows, activities and the API. Sandbox-safe: no Node built-ins.

/** Lifecycle events the call platform reports. */
export const PLATFORM_EVENT_TYPES = ['incoming', 'connected', 'hangup', 'failure', 'converted'] as const;
export type PlatformEventType = (typeof PLATFORM_EVENT_TYPES)[number];

/** Duration marks (seconds after connect) that emit `call.on_N_secs_mark`. */
export const DURATION_MARKS = [5, 15, 30, 45, 60] as const;

/** Events the call workflow emits to outgoing webhooks. */
export const CALL_EVENT_TYPES = [
  'call.incoming',
  'call.connected',
  ...DURATION_MARKS.map((s) => `call.on_${s}_secs_mark` as const),
  'call.hangup',
  'call.failure',
  'call.converted',
  'call.completed',
  'call.updated',
] as const;
export type CallEventType = (typeof CALL_EVENT_TYPES)[number];

/** Where a call stands: ringing, connected, then ended or failed, and completed once its end is processed. */
export const CALL_STATUSES = ['ringing', 'connected', 'ended', 'failed', 'completed'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/** One IVR / DTMF input: the digits the caller pressed at one menu node. */
export interface IvrInput {
  digits: string;
  node?: string;
}

/** Fields of a call as the platform reports them (snake_case, as on the wire). */
export interface CallFields {
  call_sid?: string;
  from?: string;
  to?: string;
  campaign_id?: string;
  campaign_name?: string;
  publisher_id?: string;
  publisher_name?: string;
  buyer_id?: string;
  buyer_name?: string;
  configured_publisher_payout?: number;
  revenue_paid_out?: number;
  publisher_paid_out?: number;
  conversion_duration_seconds?: number;
  duration?: number;
  hangup_cause?: string;
  failure_reason?: string;
  /** Who ended the call, as the platform says it (`caller`, `target`, `system`…). */
  hangup_by?: string;
  recording_url?: string;
  caller_name?: string;
  caller_city?: string;
  caller_state?: string;
  caller_zip?: string;
  /** IVR inputs in the order the caller made them; a later report replaces the list. */
  ivr?: IvrInput[];
  reason?: string;
  /** A call from the call simulator: set by the simulator only (the platform API does not take it). */
  simulated?: boolean;
  sip_headers?: Record<string, string>;
  rtb?: Record<string, unknown>;
  landing_page?: Record<string, unknown>;
  tags?: Record<string, string>;
}

/** What a template sees of a call at the moment an event is emitted. */
export interface CallSnapshot extends Omit<CallFields, 'tags'> {
  call_id: string;
  org_id: string;
  status: CallStatus;
  converted: boolean;
  call_converted_at?: string;
  started_at?: string;
  connected_at?: string;
  ended_at?: string;
  /** Why the publisher is not paid (update_fields, completed calls only): one of NO_PAYOUT_REASONS. */
  no_payout_reason?: string;
}

/**
 * The call's facts the call index keeps each in a column of the same name, with their kind (a text or a number)
 * and whether the call list shows them (the call detail shows all). The index write, the preview's snapshot of a
 * closed call, the API's call shapes and both call-detail mappers are derived from this one description; a fact
 * added here needs its column (the compiler asks), its platform validation and sample value (a unit test asks).
 */
export const CALL_FACTS = {
  call_sid: { kind: 'text' },
  campaign_id: { kind: 'text', listed: true },
  campaign_name: { kind: 'text', listed: true },
  publisher_id: { kind: 'text', listed: true },
  publisher_name: { kind: 'text', listed: true },
  buyer_id: { kind: 'text', listed: true },
  buyer_name: { kind: 'text', listed: true },
  revenue_paid_out: { kind: 'number', listed: true },
  publisher_paid_out: { kind: 'number', listed: true },
  configured_publisher_payout: { kind: 'number', listed: true },
  duration: { kind: 'number', listed: true },
  hangup_cause: { kind: 'text' },
  hangup_by: { kind: 'text' },
  no_payout_reason: { kind: 'text' },
  failure_reason: { kind: 'text' },
  reason: { kind: 'text' },
  recording_url: { kind: 'text' },
  caller_name: { kind: 'text' },
  caller_city: { kind: 'text' },
  caller_state: { kind: 'text' },
  caller_zip: { kind: 'text' },
} as const satisfies { [K in keyof CallSnapshot]?: { kind: 'text' | 'number'; listed?: true } };
export type IndexedFact = keyof typeof CALL_FACTS;
export const INDEXED_FACTS = Object.keys(CALL_FACTS) as IndexedFact[];
/** The facts the call list shows. */
export type ListedFact = { [K in IndexedFact]: (typeof CALL_FACTS)[K] extends { listed: true } ? K : never }[IndexedFact];

/** The facts the call list shows. */
export const LISTED_FACTS = INDEXED_FACTS.filter((fact): fact is ListedFact => 'listed' in CALL_FACTS[fact]);

/** Facts (all, or those named) of a call or of its index row, an absent one as `absent` (null for a row, undefined for a call). */
export function indexedFacts<Source extends { [K in IndexedFact]?: string | number | null }, Absent extends null | undefined, Fact extends IndexedFact = IndexedFact>(
  source: Source,
  absent: Absent,
  facts: readonly Fact[] = INDEXED_FACTS as Fact[],
): { [K in Fact]: NonNullable<Source[K]> | Absent } {
  return Object.fromEntries(facts.map((fact) => [fact, source[fact] ?? absent])) as { [K in Fact]: NonNullable<Source[K]> | Absent };
}

/** The values `no_payout_reason` takes (null clears it). */
export const NO_PAYOUT_REASONS = ['Campaign preconversion', 'Condition not met', 'Caps exceeded'] as const;

/** Alerts about an outgoing webhook's health, sent to notification channels (src/delivery/alerts.ts). */
export const WEBHOOK_ALERT_TYPES = ['webhook.failing', 'webhook.paused', 'webhook.recovered', 'webhook.backlog'] as const;
export type WebhookAlertType = (typeof WEBHOOK_ALERT_TYPES)[number];

/** One emitted event: what deliveries render and send (a call's event, or an alert about a webhook). */
export interface EmittedEvent {
  id: string;
  type: CallEventType | WebhookAlertType;
  occurred_at: string;
}

/** Everything a payload template can reference. */
export interface RenderContext {
  event: EmittedEvent;
  call: CallSnapshot;
  tags: Record<string, string>;
}
