// Form model of an outgoing webhook: strings while editing, numbers on the wire.
import type { BodyFormat, HealthPolicy, HttpMethod, OutgoingFilter, OutgoingWebhook, OutgoingWebhookInput, Preset, RateLimit, RetryPolicy } from '../../api/types';
import { kvFromRecord, kvToRecord, type KV } from '../KeyValueEditor';

export const HTTP_METHODS: HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export const BODY_FORMATS: { value: BodyFormat; label: string }[] = [
  { value: 'json', label: 'JSON' },
  { value: 'form', label: 'Form (x-www-form-urlencoded)' },
  { value: 'raw', label: 'Raw text' },
  { value: 'none', label: 'None (no body)' },
];

export const FILTER_OPS: { value: string; label: string; needsValue: boolean }[] = [
  { value: 'equals', label: 'equals', needsValue: true },
  { value: 'not_equals', label: 'does not equal', needsValue: true },
  { value: 'contains', label: 'contains', needsValue: true },
  { value: 'in', label: 'is one of (comma-separated)', needsValue: true },
  { value: 'gt', label: 'greater than', needsValue: true },
  { value: 'gte', label: 'greater than or equal', needsValue: true },
  { value: 'lt', label: 'less than', needsValue: true },
  { value: 'lte', label: 'less than or equal', needsValue: true },
  { value: 'exists', label: 'is set', needsValue: false },
  { value: 'not_exists', label: 'is not set', needsValue: false },
];

/** The server's defaults (src/shared/delivery.ts): about 30 h of retries, pause after 15 failures in a row. */
export const DEFAULT_RETRY: RetryPolicy = { max_attempts: 40, initial_interval_seconds: 5, backoff_coefficient: 2, max_interval_seconds: 3600 };
export const DEFAULT_HEALTH_POLICY: HealthPolicy = {
  failing_after: 5,
  pause_after: 15,
  probe_initial_interval_seconds: 30,
  probe_max_interval_seconds: 1800,
  drain_per_second: 20,
  backlog_alert_threshold: 1000,
};

/** Health policy fields, in the order the form shows them, with their labels. */
export const HEALTH_POLICY_FIELDS: { key: keyof HealthPolicy; label: string; help?: string }[] = [
  { key: 'failing_after', label: 'Failing after (failures in a row)' },
  { key: 'pause_after', label: 'Pause after (failures in a row)', help: 'Deliveries are then held, unattempted, until it answers a probe or is resumed.' },
  { key: 'probe_initial_interval_seconds', label: 'First probe after (seconds)' },
  { key: 'probe_max_interval_seconds', label: 'Longest probe interval (seconds)' },
  { key: 'drain_per_second', label: 'Drain rate (deliveries per second)' },
  { key: 'backlog_alert_threshold', label: 'Backlog alert at (deliveries waiting)' },
];

/** A filter row while editing: the value is always text. */
export interface FilterRow {
  field: string;
  op: string;
  value: string;
}

export interface OutgoingForm {
  name: string;
  enabled: boolean;
  event_types: string[];
  method: HttpMethod;
  url: string;
  headers: KV[];
  body_format: BodyFormat;
  body_template: string;
  filters: FilterRow[];
  max_attempts: string;
  initial_interval_seconds: string;
  backoff_coefficient: string;
  max_interval_seconds: string;
  timeout_ms: string;
  health_policy: Record<keyof HealthPolicy, string>;
  rate_limited: boolean;
  rate_requests: string;
  rate_per: RateLimit['per'];
  rate_burst: string;
  notification_channel: boolean;
  alert_template: string;
  signing_enabled: boolean;
}

const policyForm = (p: HealthPolicy) => Object.fromEntries(HEALTH_POLICY_FIELDS.map(({ key }) => [key, String(p[key])])) as Record<keyof HealthPolicy, string>;

export const EMPTY_OUTGOING: OutgoingForm = {
  name: '',
  enabled: true,
  event_types: [],
  method: 'POST',
  url: '',
  headers: [{ key: 'Content-Type', value: 'application/json' }],
  body_format: 'json',
  body_template: '{\n  "event": "[EVENT_TYPE]",\n  "call_id": "[CALL_ID]",\n  "from": "[FROM]"\n}',
  filters: [],
  max_attempts: String(DEFAULT_RETRY.max_attempts),
  initial_interval_seconds: String(DEFAULT_RETRY.initial_interval_seconds),
  backoff_coefficient: String(DEFAULT_RETRY.backoff_coefficient),
  max_interval_seconds: String(DEFAULT_RETRY.max_interval_seconds),
  timeout_ms: '10000',
  health_policy: policyForm(DEFAULT_HEALTH_POLICY),
  rate_limited: false,
  rate_requests: '1',
  rate_per: 'second',
  rate_burst: '1',
  notification_channel: false,
  alert_template: '',
  signing_enabled: false,
};

const rateForm = (limit: RateLimit | null | undefined) =>
  limit
    ? { rate_limited: true, rate_requests: String(limit.requests), rate_per: limit.per, rate_burst: String(limit.burst) }
    : { rate_limited: false, rate_requests: EMPTY_OUTGOING.rate_requests, rate_per: EMPTY_OUTGOING.rate_per, rate_burst: EMPTY_OUTGOING.rate_burst };

export function formFromWebhook(w: OutgoingWebhook): OutgoingForm {
  return {
    name: w.name,
    enabled: w.enabled,
    event_types: [...w.event_types],
    method: w.method,
    url: w.url,
    headers: kvFromRecord(w.headers),
    body_format: w.body_format,
    body_template: w.body_template ?? '',
    filters: (w.filters ?? []).map((f) => ({ field: f.field, op: f.op, value: !('value' in f) ? '' : Array.isArray(f.value) ? f.value.join(', ') : String(f.value) })),
    max_attempts: String(w.retry?.max_attempts ?? DEFAULT_RETRY.max_attempts),
    initial_interval_seconds: String(w.retry?.initial_interval_seconds ?? DEFAULT_RETRY.initial_interval_seconds),
    backoff_coefficient: String(w.retry?.backoff_coefficient ?? DEFAULT_RETRY.backoff_coefficient),
    max_interval_seconds: String(w.retry?.max_interval_seconds ?? DEFAULT_RETRY.max_interval_seconds),
    timeout_ms: String(w.timeout_ms ?? 10000),
    health_policy: policyForm({ ...DEFAULT_HEALTH_POLICY, ...w.health_policy }),
    ...rateForm(w.rate_limit),
    notification_channel: Boolean(w.notification_channel),
    alert_template: w.alert_template ?? '',
    signing_enabled: Boolean(w.signing?.enabled),
  };
}

export function applyPreset(form: OutgoingForm, p: Preset): OutgoingForm {
  return {
    ...form,
    name: form.name.trim() ? form.name : p.name,
    method: p.method,
    url: p.url,
    headers: kvFromRecord(p.headers),
    body_format: p.body_format,
    body_template: p.body_template,
    event_types: p.event_types?.length ? [...p.event_types] : form.event_types,
    ...(p.rate_limit ? rateForm(p.rate_limit) : {}),
    ...(p.alert_template !== undefined ? { alert_template: p.alert_template } : {}),
  };
}

function filterToWire(x: FilterRow, needsValue: boolean): OutgoingFilter {
  const field = x.field.trim();
  if (!needsValue) return { field, op: x.op };
  if (x.op === 'in') {
    return {
      field,
      op: x.op,
      value: x.value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    };
  }
  return { field, op: x.op, value: x.value };
}

const num = (s: string, fallback: number) => {
  if (s.trim() === '') return fallback;
  const n = Number(s);
  return Number.isFinite(n) ? n : Number.NaN;
};

/** The request body for create / update / unsaved preview. */
export function inputFromForm(f: OutgoingForm): OutgoingWebhookInput {
  const needsValue = new Set(FILTER_OPS.filter((o) => o.needsValue).map((o) => o.value));
  return {
    name: f.name.trim(),
    enabled: f.enabled,
    event_types: f.event_types,
    method: f.method,
    url: f.url.trim(),
    headers: kvToRecord(f.headers),
    body_format: f.body_format,
    body_template: f.body_format === 'none' ? '' : f.body_template,
    filters: f.filters.filter((x) => x.field.trim()).map((x) => filterToWire(x, needsValue.has(x.op))),
    retry: {
      max_attempts: num(f.max_attempts, DEFAULT_RETRY.max_attempts),
      initial_interval_seconds: num(f.initial_interval_seconds, DEFAULT_RETRY.initial_interval_seconds),
      backoff_coefficient: num(f.backoff_coefficient, DEFAULT_RETRY.backoff_coefficient),
      max_interval_seconds: num(f.max_interval_seconds, DEFAULT_RETRY.max_interval_seconds),
    },
    timeout_ms: num(f.timeout_ms, 10000),
    health_policy: Object.fromEntries(HEALTH_POLICY_FIELDS.map(({ key }) => [key, num(f.health_policy[key], DEFAULT_HEALTH_POLICY[key])])) as unknown as HealthPolicy,
    rate_limit: f.rate_limited ? { requests: num(f.rate_requests, 1), per: f.rate_per, burst: num(f.rate_burst, 1) } : null,
    notification_channel: f.notification_channel,
    alert_template: f.alert_template,
    signing: { enabled: f.signing_enabled },
  };
}

/** Client-side checks that need no server: plain-words messages keyed by field path. */
export function validateForm(f: OutgoingForm): Record<string, string> {
  const errs: Record<string, string> = {};
  if (!f.name.trim()) errs.name = 'Name is required.';
  if (f.event_types.length === 0 && !f.notification_channel) errs.event_types = 'Pick at least one event type (or make it a notification channel).';
  if (!f.url.trim()) errs.url = 'URL is required.';
  const input = inputFromForm(f);
  const r = input.retry;
  if (!Number.isInteger(r.max_attempts) || r.max_attempts < 1) errs['retry.max_attempts'] = 'Max attempts must be a whole number, 1 or more.';
  if (!(r.initial_interval_seconds > 0)) errs['retry.initial_interval_seconds'] = 'Initial interval must be greater than 0.';
  if (!(r.backoff_coefficient >= 1)) errs['retry.backoff_coefficient'] = 'Backoff coefficient must be 1 or more.';
  if (!(r.max_interval_seconds > 0)) errs['retry.max_interval_seconds'] = 'Max interval must be greater than 0.';
  if (!Number.isInteger(input.timeout_ms) || input.timeout_ms <= 0) errs.timeout_ms = 'Timeout must be a whole number of milliseconds.';
  const limit = input.rate_limit;
  if (limit && !(Number.isInteger(limit.requests) && limit.requests >= 1)) errs['rate_limit.requests'] = 'Requests must be a whole number, 1 or more.';
  if (limit && !(Number.isInteger(limit.burst) && limit.burst >= 1)) errs['rate_limit.burst'] = 'Burst must be a whole number, 1 or more.';
  for (const { key, label } of HEALTH_POLICY_FIELDS) {
    if (!(input.health_policy[key] > 0)) errs[`health_policy.${key}`] = `${label} must be greater than 0.`;
  }
  return errs;
}
