import { renderUnsavedRequest, type WebhookRequestTemplate } from './render-request';
import type { Db, DbOrTrx } from '../db/database';
import { findCall } from '../db/repositories/calls';
import { describeFilterMismatch } from '../filters';
import type { FilterCondition } from '../filters/schema';
import type { CallRow } from '../db/tables/calls';
import { indexedFacts, type CallEventType, type CallSnapshot, type CallStatus, type RenderContext } from '../shared/call';
import { CallNotFound } from '../shared/call-errors';
import { queryLiveCall, type CallEngine } from '../temporal/calls';
import { inRenderTurn, RenderBudget, sampleRenderContext, TemplateError, validateWebhookTemplates, type BodyFormat, type TemplateProblem } from '../templates';

export interface Preview {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
  warnings: string[];
  problems: TemplateProblem[];
}

const iso = (value: Date | null) => value?.toISOString();
const orUndefined = <T>(value: T | null) => value ?? undefined;

/** Every key of CallSnapshot, present even when empty: a field added to the call but not mapped here fails to compile. */
type EveryCallField = CallSnapshot & Record<keyof CallSnapshot, unknown>;

/** A call as the index holds it, in the shape templates see. */
export function snapshotFromIndex(row: CallRow): RenderContext['call'] {
  const snapshot: EveryCallField = {
    call_id: row.call_id,
    org_id: row.org_id,
    status: row.status as CallStatus,
    converted: row.converted,
    from: orUndefined(row.caller),
    to: orUndefined(row.tracking_number),
    ...indexedFacts(row, undefined),
    simulated: row.simulated || undefined,
    ivr: orUndefined(row.ivr),
    call_converted_at: iso(row.call_converted_at),
    started_at: iso(row.started_at),
    connected_at: iso(row.connected_at),
    ended_at: iso(row.ended_at),
    // Not in the index: the buyer's rule mattered only while the call ran; the maps live on as the tags they fed.
    conversion_duration_seconds: undefined,
    sip_headers: undefined,
    rtb: undefined,
    landing_page: undefined,
  };
  return Object.fromEntries(Object.entries(snapshot).filter(([, v]) => v !== undefined)) as CallSnapshot;
}

/** What a preview renders from: the sample call, or a real call (live from its workflow, else from the index). */
export async function previewContext(ctx: CallEngine & { db: Db }, orgId: string, eventType: CallEventType, callId?: string): Promise<RenderContext> {
  if (!callId) {
    const sample = sampleRenderContext();
    return { ...sample, event: { ...sample.event, type: eventType } };
  }
  const event = { id: 'evt_preview', type: eventType, occurred_at: new Date().toISOString() };
  const row = await findCall(ctx.db, orgId, callId);
  if (!row?.closed_at) {
    const live = await queryLiveCall(ctx, orgId, callId);
    if (live) {
      const { tags, tag_sources: _sources, completed_at: _completed, post_call_window_ends_at: _window, ...call } = live;
      return { event, call, tags };
    }
  }
  if (!row) throw new CallNotFound(callId);
  return { event, call: snapshotFromIndex(row), tags: row.tags };
}

/**
 * The request a webhook would send for `context`, with every problem validation finds; never throws on a bad
 * template. `knownTags` (the organization's tag names) are not reported as unknown tokens. Validation and the
 * render share one budget, and take their turn on the event loop.
 */
export function previewRequest(webhook: Omit<WebhookRequestTemplate, 'id' | 'version'>, context: RenderContext, knownTags: string[] = []): Promise<Preview> {
  return inRenderTurn(() => renderPreview(webhook, context, knownTags));
}

function renderPreview(webhook: Omit<WebhookRequestTemplate, 'id' | 'version'>, context: RenderContext, knownTags: string[]): Preview {
  const budget = new RenderBudget();
  const problems = validateWebhookTemplates({ ...webhook, body_format: webhook.body_format as BodyFormat }, { ctx: context, knownTags, budget });
  try {
    const rendered = renderUnsavedRequest(webhook, context, budget);
    // A known tag the sample call lacks renders empty here, but it is not unknown.
    const known = new Set(knownTags.map((name) => `Unknown token [${name}] rendered as empty`));
    const warnings = rendered.warnings.filter((w) => !known.has(w));
    return { method: rendered.method, url: rendered.url, headers: rendered.headers, body: rendered.body ?? null, warnings, problems };
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    return { method: webhook.method, url: webhook.url, headers: webhook.headers, body: null, warnings: [], problems };
  }
}

/** How many of the organization's latest calls a template is checked against before saving. */
const CHECKED_CALLS = 20;

export interface CallCheck {
  call_id: string;
  started_at: string | null;
  outcome: 'send' | 'skip' | 'error';
  reason: string | null;
  empty: string[];
  body: string | null;
}

/**
 * What an unsaved webhook would do with each of the organization's latest calls (as the index holds them): send
 * (and which tokens come out empty), skip (which filter), or fail to render.
 */
export async function checkAgainstRecentCalls(
  db: DbOrTrx,
  orgId: string,
  webhook: Omit<WebhookRequestTemplate, 'id' | 'version'>,
  filters: readonly FilterCondition[],
  eventType: CallEventType,
): Promise<CallCheck[]> {
  const rows = await db.selectFrom('calls').selectAll().where('org_id', '=', orgId).orderBy('started_at', (ob) => ob.desc().nullsLast()).limit(CHECKED_CALLS).execute();
  const event = { id: 'evt_check', type: eventType, occurred_at: new Date().toISOString() };
  const checks: CallCheck[] = [];
  for (const row of rows) {
    const context: RenderContext = { event, call: snapshotFromIndex(row), tags: row.tags };
    const base = { call_id: row.call_id, started_at: iso(row.started_at) ?? null };
    const mismatch = describeFilterMismatch(filters, context);
    if (mismatch !== undefined) {
      checks.push({ ...base, outcome: 'skip', reason: `filtered out: ${mismatch}`, empty: [], body: null });
      continue;
    }
    try {
      const rendered = await inRenderTurn(() => renderUnsavedRequest(webhook, context, new RenderBudget()));
      const empty = rendered.warnings.flatMap((w) => /^Unknown token \[(.+)\] rendered as empty$/.exec(w)?.[1] ?? []);
      checks.push({ ...base, outcome: 'send', reason: null, empty, body: rendered.body ?? null });
    } catch (err) {
      if (!(err instanceof TemplateError)) throw err;
      checks.push({ ...base, outcome: 'error', reason: err.message, empty: [], body: null });
    }
  }
  return checks;
}
