import type { IncomingWebhookType } from '../db/tables/incoming';
import { utcInstant } from '../instant';
import { toE164 } from '../phone';
import { inputProblem } from '../security/input-limits';
import { NO_PAYOUT_REASONS } from '../shared/call';
import type { PostCallChange } from '../shared/messages';
import { flattenToTags, normalizeTagName } from '../shared/tag-names';

/** Bad input, naming the parameter: the ingress answers 400 with it. */
export class ParameterError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

/** Parameter names (lower-case) that are never tags. */
export const CALLER_ALIASES = ['caller_id', 'callerid', 'cid', 'phone', 'phone_number'];
const CALL_ID_ALIASES = ['call_id', 'call_log_id'];
const ALWAYS_RESERVED = new Set(['auth_key', 'transaction_id', ...CALL_ID_ALIASES, ...CALLER_ALIASES]);
/** Post-call fields may also come nested in this object (as JSON text in a query or form). */
const NESTED_FIELDS = 'fields';
const POST_CALL_FIELDS = ['converted', 'call_converted_at', 'revenue_paid_out', 'publisher_paid_out', 'reason', 'no_payout_reason', 'add', 'remove'] as const;

/** Which post-call fields each type accepts, and whether its other parameters become tags. */
const POST_CALL_SHAPES: Record<Exclude<IncomingWebhookType, 'call_data'>, { fields: ReadonlyArray<(typeof POST_CALL_FIELDS)[number]>; extraAreTags: boolean }> = {
  update_fields: { fields: POST_CALL_FIELDS, extraAreTags: true },
  update_revenue: { fields: ['revenue_paid_out', 'publisher_paid_out'], extraAreTags: false },
  update_tags: { fields: ['add', 'remove'], extraAreTags: true },
};

export type Parameters = Map<string, unknown>;

/** The parameters a webhook type reads by name (besides aliases); every other one is a tag or ignored. */
export function namedParameters(type: IncomingWebhookType): string[] {
  if (type === 'call_data') return ['caller_id', 'transaction_id'];
  return ['call_id', 'call_log_id', 'caller_id', 'transaction_id', NESTED_FIELDS, ...POST_CALL_SHAPES[type].fields];
}

/**
 * Query and body parameters under lower-cased names, body winning, each renamed first by the webhook's
 * parameter map (whose keys match case-insensitively).
 */
export function collectParameters(query: Record<string, unknown>, body: unknown, parameterMap: Record<string, string>): Parameters {
  if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) throw new ParameterError('body', 'must be a JSON object or a form');
  const refused = inputProblem(query) ?? inputProblem(body);
  if (refused) throw new ParameterError(refused.path, refused.message);
  const renames = new Map(Object.entries(parameterMap).map(([from, to]) => [from.toLowerCase(), to.toLowerCase()]));
  const params: Parameters = new Map();
  for (const source of [query, (body ?? {}) as Record<string, unknown>]) {
    for (const [name, value] of Object.entries(source)) {
      const lower = name.toLowerCase();
      params.set(renames.get(lower) ?? lower, value);
    }
  }
  return params;
}

/** A repeated query parameter arrives as an array; for single-valued fields the last one counts. */
function scalar(params: Parameters, name: string): string | undefined {
  let value = params.get(name);
  if (Array.isArray(value)) value = value[value.length - 1];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object') throw new ParameterError(name, 'must be a single value, not an object');
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

function boundedText(params: Parameters, name: string, max: number): string | undefined {
  const text = scalar(params, name);
  if (text !== undefined && text.length > max) throw new ParameterError(name, `must be at most ${max} characters`);
  return text;
}

/** The caller's number in E.164, from `caller_id` or the first alias present. */
function callerOf(params: Parameters, region: string): string | undefined {
  for (const alias of CALLER_ALIASES) {
    // Not `scalar`: a leading space is a `+` that a query string decoded, and toE164 puts it back.
    let raw = params.get(alias);
    if (Array.isArray(raw)) raw = raw[raw.length - 1];
    if (raw === undefined || raw === null || String(raw).trim() === '') continue;
    if (typeof raw === 'object') throw new ParameterError(alias, 'must be a phone number');
    const e164 = toE164(String(raw), region);
    if (!e164) throw new ParameterError(alias, `"${String(raw).trim()}" is not a phone number`);
    return e164;
  }
  return undefined;
}

/** Every parameter that is not `reserved`, as tags (nested objects flattened). */
function tagsOf(params: Parameters, reserved: ReadonlySet<string>): Record<string, string> {
  const rest: Record<string, unknown> = {};
  for (const [name, value] of params) if (!reserved.has(name)) rest[name] = value;
  return flattenToTags(rest);
}

export interface CallDataInput {
  caller: string;
  transaction_id?: string;
  data: Record<string, string>;
}

export function parseCallData(params: Parameters, region: string): CallDataInput {
  const caller = callerOf(params, region);
  if (!caller) throw new ParameterError('caller_id', 'is required (or one of callerid, cid, phone, phone_number)');
  return { caller, transaction_id: boundedText(params, 'transaction_id', 200), data: tagsOf(params, ALWAYS_RESERVED) };
}

export type PostCallFields = Omit<PostCallChange, 'request_id' | 'webhook_id' | 'transaction_id'>;

export interface PostCallInput {
  call_id?: string;
  caller?: string;
  transaction_id?: string;
  change: PostCallFields;
}

export function parsePostCall(type: Exclude<IncomingWebhookType, 'call_data'>, given: Parameters, region: string): PostCallInput {
  const params = withNestedFields(given);
  const call_id = boundedText(params, 'call_id', 200) ?? boundedText(params, 'call_log_id', 200);
  const caller = call_id ? undefined : callerOf(params, region);
  if (!call_id && !caller) throw new ParameterError('call_id', 'is required (or call_log_id, or caller_id / phone_number for the caller\'s most recent call)');

  const shape = POST_CALL_SHAPES[type];
  const has = (field: (typeof POST_CALL_FIELDS)[number]) => shape.fields.includes(field) && params.has(field);
  const change: PostCallFields = {};
  if (has('converted')) change.converted = booleanOf(params, 'converted');
  if (has('call_converted_at')) change.call_converted_at = timestampOf(params, 'call_converted_at');
  if (has('revenue_paid_out')) change.revenue_paid_out = moneyOf(params, 'revenue_paid_out');
  if (has('publisher_paid_out')) change.publisher_paid_out = moneyOf(params, 'publisher_paid_out');
  if (has('reason')) change.reason = boundedText(params, 'reason', 500);
  if (has('no_payout_reason')) change.no_payout_reason = noPayoutReasonOf(params);
  if (has('remove')) change.remove = tagListOf(params.get('remove'));

  const add = shape.extraAreTags ? tagsOf(params, new Set([...ALWAYS_RESERVED, ...shape.fields])) : {};
  // An explicit `add` object wins over loose parameters of the same name.
  if (has('add')) Object.assign(add, tagMapOf(params.get('add')));
  if (Object.keys(add).length) change.add = add;

  if (!Object.values(change).some((v) => v !== undefined)) {
    const field = type === 'update_revenue' ? 'revenue_paid_out' : type === 'update_tags' ? 'add' : 'converted';
    throw new ParameterError(field, `nothing to update: send ${shape.fields.join(', ')}${shape.extraAreTags ? ' or tag parameters' : ''}`);
  }
  return { call_id, caller, transaction_id: boundedText(params, 'transaction_id', 200), change };
}

/**
 * The post-call fields nested in `fields` (an object, or JSON text) read as if sent at the top level; a top-level
 * parameter of the same name wins.
 */
function withNestedFields(params: Parameters): Parameters {
  let nested = params.get(NESTED_FIELDS);
  if (nested === undefined) return params;
  if (typeof nested === 'string') {
    try {
      nested = JSON.parse(nested);
    } catch {
      throw new ParameterError(NESTED_FIELDS, 'must be an object of post-call fields (JSON when sent as text)');
    }
  }
  if (typeof nested !== 'object' || nested === null || Array.isArray(nested)) throw new ParameterError(NESTED_FIELDS, 'must be an object of post-call fields');
  const merged: Parameters = new Map(Object.entries(nested).map(([name, value]) => [name.toLowerCase(), value]));
  for (const [name, value] of params) if (name !== NESTED_FIELDS) merged.set(name, value);
  return merged;
}

/** One of NO_PAYOUT_REASONS in any letter case, or null (JSON null, "null" or empty) to clear it. */
function noPayoutReasonOf(params: Parameters): string | null {
  const raw = params.get('no_payout_reason');
  const text = raw === null ? undefined : scalar(params, 'no_payout_reason');
  if (text === undefined || text.toLowerCase() === 'null') return null;
  const reason = NO_PAYOUT_REASONS.find((r) => r.toLowerCase() === text.toLowerCase());
  if (!reason) throw new ParameterError('no_payout_reason', `must be one of ${NO_PAYOUT_REASONS.join(', ')}, or null`);
  return reason;
}

const TRUE = new Set(['true', '1', 'yes', 'y', 'on']);
const FALSE = new Set(['false', '0', 'no', 'n', 'off']);

function booleanOf(params: Parameters, name: string): boolean | undefined {
  const text = scalar(params, name)?.toLowerCase();
  if (text === undefined) return undefined;
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  throw new ParameterError(name, 'must be true or false');
}

function moneyOf(params: Parameters, name: string): number | undefined {
  const text = scalar(params, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || Math.abs(value) > 1e9) throw new ParameterError(name, 'must be a number');
  return value;
}

function timestampOf(params: Parameters, name: string): string | undefined {
  const text = scalar(params, name);
  if (text === undefined) return undefined;
  // Unix seconds are common from CRMs; anything else must be a date the platform can read (and store).
  const instant = utcInstant(/^\d{9,10}$/.test(text) ? Number(text) * 1000 : Date.parse(text));
  if (!instant) throw new ParameterError(name, 'must be an ISO 8601 time or Unix seconds, between the years 1000 and 9999');
  return instant;
}

function tagMapOf(value: unknown): Record<string, string> {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      throw new ParameterError('add', 'must be an object of tag names to values (JSON when sent as text)');
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ParameterError('add', 'must be an object of tag names to values');
  return flattenToTags(parsed as Record<string, unknown>);
}

function tagListOf(value: unknown): string[] | undefined {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
  if (!items) throw new ParameterError('remove', 'must be a list of tag names (an array, or comma-separated)');
  const names = items.map((item) => normalizeTagName(String(item))).filter(Boolean);
  return names.length ? names : undefined;
}
