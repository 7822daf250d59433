// Form model of an outgoing webhook: strings while editing, numbers on the wire.
import type { BodyFormat, HttpMethod, OutgoingFilter, OutgoingWebhook, OutgoingWebhookInput, Preset } from '../../api/types';
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
  signing_enabled: boolean;
}

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
  max_attempts: '8',
  initial_interval_seconds: '1',
  backoff_coefficient: '2',
  max_interval_seconds: '300',
  timeout_ms: '10000',
  signing_enabled: false,
};

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
    filters: (w.filters ?? []).map((f) => ({ field: f.field, op: f.op, value: Array.isArray(f.value) ? f.value.join(', ') : f.value === undefined || f.value === null ? '' : String(f.value) })),
    max_attempts: String(w.retry?.max_attempts ?? 8),
    initial_interval_seconds: String(w.retry?.initial_interval_seconds ?? 1),
    backoff_coefficient: String(w.retry?.backoff_coefficient ?? 2),
    max_interval_seconds: String(w.retry?.max_interval_seconds ?? 300),
    timeout_ms: String(w.timeout_ms ?? 10000),
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
      max_attempts: num(f.max_attempts, 8),
      initial_interval_seconds: num(f.initial_interval_seconds, 1),
      backoff_coefficient: num(f.backoff_coefficient, 2),
      max_interval_seconds: num(f.max_interval_seconds, 300),
    },
    timeout_ms: num(f.timeout_ms, 10000),
    signing: { enabled: f.signing_enabled },
  };
}

/** Client-side checks that need no server: plain-words messages keyed by field path. */
export function validateForm(f: OutgoingForm): Record<string, string> {
  const errs: Record<string, string> = {};
  if (!f.name.trim()) errs.name = 'Name is required.';
  if (f.event_types.length === 0) errs.event_types = 'Pick at least one event type.';
  if (!f.url.trim()) errs.url = 'URL is required.';
  const input = inputFromForm(f);
  const r = input.retry;
  if (!Number.isInteger(r.max_attempts) || r.max_attempts < 1) errs['retry.max_attempts'] = 'Max attempts must be a whole number, 1 or more.';
  if (!(r.initial_interval_seconds > 0)) errs['retry.initial_interval_seconds'] = 'Initial interval must be greater than 0.';
  if (!(r.backoff_coefficient >= 1)) errs['retry.backoff_coefficient'] = 'Backoff coefficient must be 1 or more.';
  if (!(r.max_interval_seconds > 0)) errs['retry.max_interval_seconds'] = 'Max interval must be greater than 0.';
  if (!Number.isInteger(input.timeout_ms) || input.timeout_ms <= 0) errs.timeout_ms = 'Timeout must be a whole number of milliseconds.';
  return errs;
}
