// "Why was [TAG] empty?": for each tag a call's webhooks (or the organization's definitions) name but the call lacks,
// the facts the server holds about it — requests in the incoming log for this number or a near one, their expiry,
// and the call's deliveries its webhooks' filters left out.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database';
import type { CallRow } from '../db/tables/calls';
import { organizationTagNames } from '../db/repositories/tags';
import { CALLER_ALIASES, collectParameters, parseCallData } from '../incoming/parameters';
import { CALL_FIELD_TOKENS } from '../templates';
import { tagsUsedBy } from '../templates/tag-usage';

export const EMPTY_TAG_REASONS = ['expired_before_call', 'posted_after_call', 'different_number', 'request_refused', 'delivery_filtered', 'no_request'] as const;
export type EmptyTagReasonKind = (typeof EMPTY_TAG_REASONS)[number];

export interface EmptyTagReason {
  kind: EmptyTagReasonKind;
  /** The explanation in plain words. */
  text: string;
  /** The incoming request (or the delivery, for `delivery_filtered`) the reason is about. */
  request_id: string | null;
  delivery_id: string | null;
  at: string | null;
}

export interface EmptyTag {
  tag: string;
  /** Outgoing webhooks that sent this call and name the tag; empty when only the organization defines it. */
  used_by: string[];
  reasons: EmptyTagReason[];
}

/** Requests of the log looked at per call: the caller's newest and those for numbers ending alike. */
const REQUEST_LIMIT = 200;
/** Numbers whose last digits agree are "close": the same subscriber normalized under another region or format. */
const CLOSE_DIGITS = 7;

const BUILT_IN = new Set(CALL_FIELD_TOKENS.map((t) => t.name));

interface LoggedPost {
  id: string;
  received_at: Date;
  status: number;
  caller: string | null;
  raw_caller: string | null;
  expires_at: string | null;
  tags: Set<string>;
}

export async function explainEmptyTags(db: DbOrTrx, call: CallRow): Promise<EmptyTag[]> {
  const present = new Set(Object.entries(call.tags).filter(([, v]) => v !== '' && v != null).map(([k]) => k));
  const deliveries = await db
    .selectFrom('deliveries')
    .select(['id', 'webhook_id', 'webhook_name', 'event_type', 'status', 'error', 'created_at'])
    .where('org_id', '=', call.org_id)
    .where('call_id', '=', call.call_id)
    .orderBy('created_at')
    .execute();
  const webhookIds = [...new Set(deliveries.map((d) => d.webhook_id))];
  const webhooks = webhookIds.length
    ? await db.selectFrom('outgoing_webhooks').select(['id', 'name', 'url', 'headers', 'body_template', 'filters']).where('org_id', '=', call.org_id).where('id', 'in', webhookIds).execute()
    : [];
  const usedBy = new Map<string, Set<string>>();
  for (const w of webhooks) for (const name of tagsUsedBy(w, BUILT_IN)) (usedBy.get(name) ?? usedBy.set(name, new Set()).get(name)!).add(w.id);
  for (const name of await organizationTagNames(db, call.org_id)) if (!usedBy.has(name)) usedBy.set(name, new Set());
  const empty = [...usedBy.keys()].filter((name) => !present.has(name)).sort();
  if (empty.length === 0) return [];

  const posts = call.caller ? await loggedPosts(db, call.org_id, call.caller) : [];
  const names = new Map(webhooks.map((w) => [w.id, w.name]));
  return empty.map((tag) => {
    const users = usedBy.get(tag)!;
    const reasons = posts.filter((p) => p.tags.has(tag)).flatMap((p) => postReason(p, tag, call));
    for (const d of deliveries) {
      if (d.status !== 'skipped' || !users.has(d.webhook_id) || !d.error?.startsWith('filtered out')) continue;
      reasons.push({ kind: 'delivery_filtered', text: `${d.event_type} to ${d.webhook_name} was not sent: ${d.error}.`, request_id: null, delivery_id: d.id, at: d.created_at.toISOString() });
    }
    if (!reasons.some((r) => r.kind !== 'delivery_filtered')) {
      const number = call.caller ?? 'this call (it has no caller number)';
      reasons.push({ kind: 'no_request', text: `No request in the incoming log carried [${tag}] for ${number}.`, request_id: null, delivery_id: null, at: null });
    }
    return { tag, used_by: [...users].map((id) => names.get(id) ?? id).sort(), reasons };
  });
}

/** Why one logged request that carried the tag did not put it on the call, if the log says. */
function postReason(post: LoggedPost, tag: string, call: CallRow): EmptyTagReason[] {
  const base = { request_id: post.id, delivery_id: null, at: post.received_at.toISOString() };
  if (post.caller !== call.caller) {
    const raw = post.raw_caller ? ` (sent as "${post.raw_caller}")` : '';
    return [{ ...base, kind: 'different_number', text: `Request ${post.id} carried [${tag}] for ${post.caller}${raw}, not for this caller ${call.caller}.` }];
  }
  if (post.status >= 300) return [{ ...base, kind: 'request_refused', text: `Request ${post.id} carried [${tag}] for this number but was refused (HTTP ${post.status}).` }];
  if (post.expires_at && call.started_at && new Date(post.expires_at) <= call.started_at) {
    return [{ ...base, kind: 'expired_before_call', text: `Request ${post.id} posted [${tag}] at ${base.at}; its lifespan ended at ${post.expires_at}, before the call started at ${call.started_at.toISOString()}.` }];
  }
  const ended = call.ended_at ?? call.completed_at;
  if (ended && post.received_at > ended) {
    return [{ ...base, kind: 'posted_after_call', text: `Request ${post.id} posted [${tag}] at ${base.at}, after the call ended at ${ended.toISOString()}.` }];
  }
  return [];
}

/** call_data requests of the organization for the caller or a close number, newest first, with the tags each carried. */
async function loggedPosts(db: DbOrTrx, orgId: string, caller: string): Promise<LoggedPost[]> {
  const digits = caller.replace(/\D/g, '').slice(-CLOSE_DIGITS);
  const rows = await db
    .selectFrom('incoming_requests as r')
    .innerJoin('incoming_webhooks as w', (j) => j.onRef('w.id', '=', 'r.webhook_id').onRef('w.org_id', '=', 'r.org_id'))
    .innerJoin('organizations as o', 'o.id', 'r.org_id')
    .select(['r.id', 'r.received_at', 'r.status', 'r.caller_id', 'r.query', 'r.headers', 'r.body', 'r.response_body', 'w.parameter_map'])
    .select(sql<string>`coalesce(w.default_region, o.default_region)`.as('region'))
    .where('r.org_id', '=', orgId)
    .where('w.type', '=', 'call_data')
    .where((eb) => eb.or([eb('r.caller_id', '=', caller), eb(sql<string>`right(regexp_replace(r.caller_id, '\\D', '', 'g'), ${CLOSE_DIGITS})`, '=', digits)]))
    .orderBy('r.received_at', 'desc')
    .limit(REQUEST_LIMIT)
    .execute();
  return rows.map((row) => {
    const params = readParameters(row.query, row.headers, row.body, row.parameter_map);
    const rawCaller = CALLER_ALIASES.map((alias) => params?.get(alias)).find((v) => v != null && String(v).trim() !== '');
    let tags = new Set<string>();
    try {
      if (params) tags = new Set(Object.keys(parseCallData(params, row.region).data));
    } catch {
      // A refused request: its tags are still what it tried to post.
      if (params) tags = new Set([...params.keys()].map((k) => k.toUpperCase()));
    }
    const response = row.response_body as { expires_at?: unknown } | null;
    return {
      id: row.id,
      received_at: row.received_at,
      status: row.status,
      caller: row.caller_id,
      raw_caller: rawCaller == null ? null : String(rawCaller),
      expires_at: typeof response?.expires_at === 'string' ? response.expires_at : null,
      tags,
    };
  });
}

/** The parameters of a logged request as the ingress read them; undefined when its body cannot be read back. */
function readParameters(query: Record<string, unknown>, headers: Record<string, string>, body: string | null, map: Record<string, string>) {
  try {
    let parsed: unknown;
    if (body) parsed = (headers['content-type'] ?? '').includes('json') ? JSON.parse(body) : Object.fromEntries(new URLSearchParams(body));
    return collectParameters(query, parsed, map);
  } catch {
    return undefined;
  }
}
