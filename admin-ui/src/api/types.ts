// Wire types of the callhooks management API (/api/v1), as the API's OpenAPI document declares them
// (schema.gen.d.ts, written by `npm run ui-types`), plus the few shapes the UI builds itself.
import type { paths } from './schema.gen';

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
/** The JSON body of an operation's answer with `status`. */
type Answer<P extends keyof paths, M extends Method, S extends number = 200> = paths[P][M] extends { responses: Record<S, { content: { 'application/json': infer Body } }> } ? Body : never;

export type Me = Answer<'/api/v1/me', 'get'>;
export type ApiToken = Answer<'/api/v1/tokens/{id}', 'get'>;
export type CreatedToken = Answer<'/api/v1/tokens', 'post', 201>;
export type IncomingWebhook = Answer<'/api/v1/incoming-webhooks/{id}', 'get'>;
export type OutgoingWebhook = Answer<'/api/v1/outgoing-webhooks/{id}', 'get'>;
export type EventType = OutgoingWebhook['event_types'][number];
export type Tag = Answer<'/api/v1/tags/{id}', 'get'>;
export type IncomingLogDetail = Answer<'/api/v1/logs/incoming/{id}', 'get'>;
export type DeliveryDetail = Answer<'/api/v1/logs/outgoing/{id}', 'get'>;
export type CallDetail = Answer<'/api/v1/calls/{call_id}', 'get'>;
export type CallTimeline = Answer<'/api/v1/calls/{call_id}/timeline', 'get'>;
export type EmptyTags = Answer<'/api/v1/calls/{call_id}/empty-tags', 'get'>;
export type Recovery = Answer<'/api/v1/recoveries/{id}', 'get'>;
export type HeldPostback = Answer<'/api/v1/held-postbacks', 'get'>['data'][number];
export type Overview = Answer<'/api/v1/stats/overview', 'get'>;
export type Settings = Answer<'/api/v1/settings', 'get'>;
export type SimulationStarted = Answer<'/api/v1/simulations', 'post', 202>;
export type AuditEntry = Answer<'/api/v1/audit-log', 'get'>['data'][number];
export type IncomingLog = Answer<'/api/v1/logs/incoming', 'get'>['data'][number];
export type Delivery = Answer<'/api/v1/logs/outgoing', 'get'>['data'][number];
export type CallSummary = Answer<'/api/v1/calls', 'get'>['data'][number];
export type OutgoingWebhookWithSecret = Answer<'/api/v1/outgoing-webhooks', 'post', 201>;
export type EventTypesInfo = Answer<'/api/v1/event-types', 'get'>;
export type RenderedPreview = Answer<'/api/v1/outgoing-webhooks/preview', 'post'>;
export type TestResult = Answer<'/api/v1/outgoing-webhooks/{id}/test', 'post'>;

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

export type AuditResource = 'incoming_webhook' | 'outgoing_webhook' | 'tag' | 'token' | 'settings' | 'organization';

export type IncomingWebhookType = 'call_data' | 'update_fields' | 'update_revenue' | 'update_tags';

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

export interface TemplateProblem {
  severity: 'error' | 'warning';
  field: string;
  message: string;
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

export type TagSourceType = 'incoming_webhook' | 'sip_header' | 'rtb' | 'landing_page' | 'platform';

export interface TagSource {
  type: TagSourceType;
  key: string;
  incoming_webhook_id?: string;
}

export interface TagInput {
  name: string;
  display_name: string;
  description: string;
  sources: TagSource[];
}

/** `held`: its webhook is paused; it waits, unattempted, for a resume or a successful probe. */
export type DeliveryStatus = 'pending' | 'held' | 'succeeded' | 'failed' | 'skipped';

export interface DeliveryAttempt {
  id: string;
  attempt: number;
  created_at: string;
  duration_ms: number;
  request: HttpRequestRecord;
  response: HttpResponseRecord | null;
  error: string | null;
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

export type EmptyTagReasonKind = 'expired_before_call' | 'posted_after_call' | 'different_number' | 'request_refused' | 'delivery_filtered' | 'no_request';

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

export interface SimulationRequest {
  webhook_ids?: string[];
  call?: { from?: string; campaign_id?: string };
  connected_seconds?: number;
  pre_call?: { data: Record<string, string> };
  postback?: { revenue_paid_out?: number };
}

