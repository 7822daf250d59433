// Form model of an incoming webhook: strings while editing, numbers and lists on the wire.
import type { HeaderTagMode, IncomingWebhook, IncomingWebhookInput, IncomingWebhookType } from '../../api/types';
import { kvFromRecord, kvToRecord, type KV } from '../KeyValueEditor';

export interface IncomingForm {
  name: string;
  type: IncomingWebhookType;
  enabled: boolean;
  lifespan: string;
  default_region: string;
  mapping: KV[];
  header_tags: HeaderTagMode;
  /** Comma-separated header names. */
  header_allow: string;
}

// The API's bounds for lifespan_seconds: a minute to 30 days.
export const LIFESPAN_MIN = 60;
export const LIFESPAN_MAX = 30 * 86_400;

export const EMPTY_INCOMING: IncomingForm = { name: '', type: 'call_data', enabled: true, lifespan: '3600', default_region: '', mapping: [], header_tags: 'none', header_allow: '' };

export function formFromWebhook(w: IncomingWebhook): IncomingForm {
  return {
    name: w.name,
    type: w.type,
    enabled: w.enabled,
    lifespan: String(w.lifespan_seconds),
    default_region: w.default_region ?? '',
    mapping: kvFromRecord(w.parameter_map),
    header_tags: w.header_tags,
    header_allow: w.header_tag_allow.join(', '),
  };
}

/** Form fields whose API field has another name: an edit clears the message the API gave for it. */
export const API_FIELD: Partial<Record<keyof IncomingForm, string>> = { lifespan: 'lifespan_seconds', mapping: 'parameter_map', header_allow: 'header_tag_allow' };

/** The lifespan as sent: empty means the default hour. */
export const lifespanSeconds = (form: IncomingForm) => (form.lifespan.trim() === '' ? 3600 : Number(form.lifespan));

/** Client-side checks that need no server: plain-words messages keyed by API field. */
export function validateForm(form: IncomingForm): Record<string, string> {
  const lifespan = lifespanSeconds(form);
  const problems: Record<string, string> = {};
  if (!form.name.trim()) problems.name = 'Name is required.';
  if (!Number.isInteger(lifespan) || lifespan < LIFESPAN_MIN || lifespan > LIFESPAN_MAX)
    problems.lifespan_seconds = `Lifespan must be a whole number of seconds from ${LIFESPAN_MIN} to ${LIFESPAN_MAX} (30 days).`;
  return problems;
}

/** The request body for create and update. */
export function inputFromForm(form: IncomingForm): IncomingWebhookInput {
  return {
    name: form.name.trim(),
    type: form.type,
    enabled: form.enabled,
    lifespan_seconds: lifespanSeconds(form),
    // The server checks the region against its list of countries.
    default_region: form.default_region.trim() ? (form.default_region.trim().toUpperCase() as IncomingWebhookInput['default_region']) : null,
    parameter_map: kvToRecord(form.mapping),
    header_tags: form.header_tags,
    header_tag_allow: form.header_allow
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  };
}
