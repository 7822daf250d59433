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

export interface Me {
  organization: { id: string; name: string };
  token: { id: string; name: string };
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
  auth_key: string;
  url: string;
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
}

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
  signing: { enabled: boolean };
}

export interface OutgoingWebhook extends Omit<OutgoingWebhookInput, 'signing'> {
  id: string;
  signing: { enabled: boolean; secret?: string };
  created_at: string;
  updated_at: string;
}

export interface RenderedPreview {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
  warnings: string[];
  problems: string[];
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
}

export interface TestResult {
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
}

export interface EventTypesInfo {
  data: { type: string; description: string }[];
  tokens: { name: string; description: string; example?: string }[];
  tags: { name: string; display_name: string }[];
}

export type TagSourceType = 'incoming_webhook' | 'sip_header' | 'rtb' | 'landing_page' | 'platform';

export interface TagSource {
  type: TagSourceType;
  key: string;
  incoming_webhook_id?: string | null;
}

export interface Tag {
  id: string;
  name: string;
  display_name: string;
  description: string | null;
  sources: TagSource[];
  created_at?: string;
  updated_at?: string;
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
  latency_ms: number | null;
}

export interface IncomingLogDetail extends IncomingLog {
  query: unknown;
  headers: unknown;
  body: unknown;
  response_body: unknown;
}

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed' | 'skipped';

export interface Delivery {
  id: string;
  webhook_id: string;
  webhook_name: string | null;
  call_id: string | null;
  event_type: string;
  method: string;
  url: string;
  status: DeliveryStatus;
  attempts_count: number;
  last_status_code: number | null;
  duration_ms: number | null;
  created_at: string;
}

export interface DeliveryAttempt {
  id: string;
  attempt_number: number;
  started_at: string;
  duration_ms: number | null;
  request: HttpRequestRecord;
  response: HttpResponseRecord | null;
  error: string | null;
}

export interface DeliveryDetail extends Delivery {
  attempts: DeliveryAttempt[];
}

export interface CallSummary {
  call_id: string;
  status: string;
  from: string | null;
  to: string | null;
  campaign_name: string | null;
  buyer_name: string | null;
  converted: boolean;
  started_at: string | null;
  ended_at: string | null;
  duration: number | null;
}

export interface CallDetail extends CallSummary {
  tags?: Record<string, string>;
  tag_sources?: Record<string, unknown> | unknown[];
  [field: string]: unknown;
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
  temporal_web_url: string | null;
  entries: TimelineEntry[];
}
