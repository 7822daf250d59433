// Wire types of the callhooks management API (/api/v1). Snake_case, as sent.

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { path: string; message: string }[];
}

export interface Page<T> {
  data: T[];
  next_cursor: string | null;
}

export type TokenRole = 'admin' | 'platform' | 'read';

export interface Me {
  organization: { id: string; name: string; default_region: string; timezone: string };
  token: { id: string; name: string; role: TokenRole; instance_admin: boolean };
}

export interface ApiToken {
  id: string;
  name: string;
  role: TokenRole;
  instance_admin: boolean;
  status: 'active' | 'expired' | 'revoked';
  created_at: string;
  expires_at: string | null;
  /** Precise to about a minute. */
  last_used_at: string | null;
  revoked_at: string | null;
}

/** The answer to creating a token: the only time the token itself is shown. */
export interface CreatedToken extends ApiToken {
  token: string;
}

export type AuditResource = 'incoming_webhook' | 'outgoing_webhook' | 'tag' | 'token' | 'settings' | 'organization';

export interface AuditEntry {
  id: string;
  at: string;
  actor: { token_id: string; name: string; role: string };
  action: string;
  resource: { type: AuditResource; id: string; name: string };
  /** Secrets redacted by the server. */
  changes: { field: string; before: unknown; after: unknown }[];
  request_id: string | null;
}

export type IncomingWebhookType = 'call_data' | 'update_fields' | 'update_revenue' | 'update_tags';

export interface IncomingWebhook {
  id: string;
  name: string;
  type: IncomingWebhookType;
  enabled: boolean;
  lifespan_seconds: number;
  default_region: string | null;
  parameter_map: Record<string, string>;
  header_tags: HeaderTagMode;
  header_tag_allow: string[];
  auth_key: string;
  /** The ingress URL with its key; senders append their parameters. */
  url: string;
  /** The URL with placeholder parameters (`caller_id=…&tag1=value1`). */
  example_url: string;
  /** While set, the key before the last rotation still works until then. */
  previous_key_expires_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface IncomingWebhookInput {
  name: string;
  type: IncomingWebhookType;
  enabled: boolean;
  lifespan_seconds: number;
  default_region?: string | null;
  parameter_map: Record<string, string>;
  header_tags: HeaderTagMode;
  header_tag_allow: string[];
}

/** Which request headers become tags: all, none, or those in header_tag_allow. */
export type HeaderTagMode = 'all' | 'none' | 'allow';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type BodyFormat = 'json' | 'form' | 'raw' | 'none';

/** field: `campaign_id` / `call.campaign_id` (call field), `tags.HOMEOWNER` (tag) or `event.type`. */
export interface OutgoingFilter {
  field: string;
  op: string;
  value?: string | number | boolean | (string | number)[];
}

export interface RetryPolicy {
  max_attempts: number;
  initial_interval_seconds: number;
  backoff_coefficient: number;
  max_interval_seconds: number;
}

/** At most `requests` per second or minute, `burst` at once. */
export interface RateLimit {
  requests: number;
  per: 'second' | 'minute';
  burst: number;
}

/** When a webhook turns failing and paused, how it is probed, how fast it drains, when a backlog alerts. */
export interface HealthPolicy {
  failing_after: number;
  pause_after: number;
  probe_initial_interval_seconds: number;
  probe_max_interval_seconds: number;
  drain_per_second: number;
  backlog_alert_threshold: number;
}

export type HealthState = 'healthy' | 'failing' | 'paused' | 'disabled';

export interface WebhookHealth {
  state: HealthState;
  /** failures, retries_exhausted or manual. */
  paused_reason: string | null;
  since: string | null;
  consecutive_failures: number;
  /** Of the latest attempts (up to 100, within a day); null without attempts. */
  success_rate: number | null;
  p50_ms: number | null;
  p95_ms: number | null;
  pending: number;
  last_error: string | null;
  next_probe_at: string | null;
}

export interface OutgoingWebhookInput {
  name: string;
  enabled: boolean;
  event_types: string[];
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body_format: BodyFormat;
  body_template: string;
  filters: OutgoingFilter[];
  retry: RetryPolicy;
  timeout_ms: number;
  health_policy: HealthPolicy;
  rate_limit: RateLimit | null;
  notification_channel: boolean;
  alert_template: string;
  signing: { enabled: boolean };
}

export interface OutgoingWebhook extends Omit<OutgoingWebhookInput, 'signing'> {
  id: string;
  version: number;
  health: WebhookHealth;
  signing: { enabled: boolean; previous_secret_expires_at: string | null };
  created_at: string;
  updated_at: string;
}

/** Create, a PATCH that turns signing on, and rotate-secret answer with the secret: the only time it is shown. */
export interface OutgoingWebhookWithSecret extends OutgoingWebhook {
  signing_secret?: string;
}

export interface TemplateProblem {
  severity: 'error' | 'warning';
  field: string;
  message: string;
}

export interface RenderedPreview {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
  warnings: string[];
  /** Every problem validation finds, per field; errors would block saving. */
  problems: TemplateProblem[];
}

export interface HttpRequestRecord {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
}

export interface HttpResponseRecord {
  status: number;
  headers: Record<string, string>;
  body: string | null;
  /** The body was cut at 64 KB. */
  body_truncated?: boolean;
}

export interface TestResult {
  /** The test is logged as a delivery with this id. */
  delivery_id: string;
  request: HttpRequestRecord;
  response: HttpResponseRecord | null;
  error: string | null;
  duration_ms: number;
}

export interface Preset {
  id: string;
  name: string;
  description: string;
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body_format: BodyFormat;
  body_template: string;
  event_types: string[];
  /** The target's published limit. */
  rate_limit?: RateLimit;
  alert_template?: string;
}

export interface EventTypesInfo {
  data: { type: string; description: string }[];
  tokens: { name: string; description: string; example?: string }[];
  tags: { name: string; display_name: string; description: string }[];
  /** Tags on the organization's recent calls that no definition names. */
  seen_tags?: string[];
}

export type TagSourceType = 'incoming_webhook' | 'sip_header' | 'rtb' | 'landing_page' | 'platform';

export interface TagSource {
  type: TagSourceType;
  key: string;
  incoming_webhook_id?: string;
}

export interface Tag {
  id: string;
  name: string;
  display_name: string;
  description: string;
  sources: TagSource[];
  created_at: string;
  updated_at: string;
}

export interface TagInput {
  name: string;
  display_name: string;
  description: string;
  sources: TagSource[];
}

export interface IncomingLog {
  id: string;
  received_at: string;
  method: string;
  path: string;
  status: number;
  webhook_id: string | null;
  webhook_name: string | null;
  caller_id: string | null;
  call_id: string | null;
  latency_ms: number;
}

export interface IncomingLogDetail extends IncomingLog {
  query: Record<string, unknown>;
  headers: Record<string, string>;
  /** The raw request body, as received. */
  body: string | null;
  /** The JSON the ingress answered with. */
  response_body: unknown;
  /** Calls whose tags came from this request. */
  attached_calls: string[];
}

/** `held`: its webhook is paused; it waits, unattempted, for a resume or a successful probe. */
export type DeliveryStatus = 'pending' | 'held' | 'succeeded' | 'failed' | 'skipped';

export interface Delivery {
  id: string;
  webhook_id: string;
  webhook_name: string;
  call_id: string | null;
  event_id: string;
  event_type: string;
  /** Null until the first attempt renders the request. */
  method: string | null;
  url: string | null;
  status: DeliveryStatus;
  attempts_count: number;
  last_status_code: number | null;
  duration_ms: number | null;
  /** The latest attempt's error, or why the delivery was skipped. */
  error: string | null;
  /** When a pending delivery is tried next. */
  next_attempt_at: string | null;
  /** The event's first delivery: its id is the `webhook-id` a redelivery sends again. */
  redelivery_of: string | null;
  /** Unattempted because earlier events of the call to this webhook are unsettled: how many, and the head. */
  queued_behind: {
    ahead: number;
    delivery_id: string;
    event_type: string;
    status: DeliveryStatus;
    attempts_count: number;
    error: string | null;
  } | null;
  /** The tags the payload was rendered with. */
  tags: string[];
  /** A test send with sample data: no call, nothing to redeliver. */
  test: boolean;
  /** For a call from the call simulator: never redelivered. */
  simulated: boolean;
  created_at: string;
  updated_at: string;
}

export interface DeliveryAttempt {
  id: string;
  attempt: number;
  created_at: string;
  duration_ms: number;
  request: HttpRequestRecord;
  response: HttpResponseRecord | null;
  error: string | null;
}

export interface DeliveryDetail extends Delivery {
  attempts: DeliveryAttempt[];
}

export interface CallSummary {
  call_id: string;
  workflow_id: string;
  status: string;
  from: string | null;
  to: string | null;
  campaign_id: string | null;
  campaign_name: string | null;
  publisher_id: string | null;
  publisher_name: string | null;
  buyer_id: string | null;
  buyer_name: string | null;
  converted: boolean;
  /** A call from the call simulator. */
  simulated: boolean;
  call_converted_at: string | null;
  revenue_paid_out: number | null;
  publisher_paid_out: number | null;
  configured_publisher_payout: number | null;
  duration: number | null;
  started_at: string | null;
  connected_at: string | null;
  ended_at: string | null;
  completed_at: string | null;
  post_call_window_ends_at: string | null;
  closed_at: string | null;
}

/** Where a tag's value came from: `{ type: "incoming_webhook", key, webhook_id, request_id }` and the like. */
export interface TagValueSource {
  type?: string;
  key?: string;
  [field: string]: unknown;
}

export interface IvrInput {
  digits: string;
  node?: string;
}

export interface CallDetail extends CallSummary {
  call_sid: string | null;
  hangup_cause: string | null;
  hangup_by: string | null;
  no_payout_reason: string | null;
  failure_reason: string | null;
  reason: string | null;
  recording_url: string | null;
  caller_name: string | null;
  caller_city: string | null;
  caller_state: string | null;
  caller_zip: string | null;
  ivr: IvrInput[];
  tags: Record<string, string>;
  tag_sources: Record<string, TagValueSource | undefined>;
  /** workflow: live state of a running call; index: the call index. */
  source: 'workflow' | 'index';
}

export type TimelineKind =
  | 'event'
  | 'ignored'
  | 'enrichment'
  | 'tags'
  | 'timer'
  | 'delivery'
  | 'attempt'
  | 'update'
  | 'other';

export interface TimelineEntry {
  at: string;
  kind: TimelineKind;
  title: string;
  detail?: Record<string, unknown>;
}

export interface CallTimeline {
  call_id: string;
  workflow_id: string;
  temporal_web_url: string | null;
  entries: TimelineEntry[];
}

export type EmptyTagReasonKind = 'expired_before_call' | 'posted_after_call' | 'different_number' | 'request_refused' | 'delivery_filtered' | 'no_request';

/** GET /calls/{id}/empty-tags: each tag the call's webhooks or the organization name that the call lacked, and why. */
export interface EmptyTags {
  call_id: string;
  caller: string | null;
  empty_tags: Array<{
    tag: string;
    used_by: string[];
    reasons: Array<{ kind: EmptyTagReasonKind; text: string; request_id: string | null; delivery_id: string | null; at: string | null }>;
  }>;
}

/** A bulk recovery of a webhook's failed deliveries, with its progress. */
export interface Recovery {
  id: string;
  webhook_id: string;
  since: string;
  call_id: string | null;
  status: 'running' | 'completed';
  total: number;
  succeeded: number;
  failed: number;
  pending: number;
  created_at: string;
  finished_at: string | null;
}

/** A post-call update that matched no call yet, waiting for the organization's match window. */
export interface HeldPostback {
  id: string;
  webhook_id: string;
  webhook_type: IncomingWebhookType;
  request_id: string;
  call_id: string | null;
  caller: string | null;
  change: Record<string, unknown>;
  received_at: string;
  expires_at: string;
}

export interface AttachedPostback {
  id: string;
  call_id: string;
  queued: boolean;
  duplicate: boolean;
}

export type OverviewRange = '1h' | '24h' | '7d';

export interface OverviewBucket {
  at: string;
  calls: number;
  incoming_requests: number;
  deliveries: number;
  deliveries_succeeded: number;
  deliveries_failed: number;
}

export interface Overview {
  range: OverviewRange;
  from: string;
  to: string;
  bucket_seconds: number;
  series: OverviewBucket[];
  totals: { calls: number; incoming_requests: number };
  deliveries: { total: number; succeeded: number; failed: number; pending: number; success_rate: number | null; p50_ms: number | null; p95_ms: number | null };
  worst_webhooks: {
    webhook_id: string;
    webhook_name: string;
    deliveries: number;
    failing: number;
    failure_rate: number;
    last_error: string | null;
    last_error_at: string | null;
  }[];
  incoming_by_status: { status: number; count: number }[];
}

export interface SimulationRequest {
  webhook_ids?: string[];
  call?: { from?: string; campaign_id?: string };
  connected_seconds?: number;
  pre_call?: { data: Record<string, string> };
  postback?: { revenue_paid_out?: number };
}

export interface SimulationStarted {
  simulation_id: string;
  call_id: string;
  workflow_id: string;
  steps: string[];
}
