// The call state machine as a deterministic reducer: no I/O, no clock, no randomness. The call workflow feeds
// it every input in order; the timeline builder re-runs it over the same inputs found in the workflow history,
// so the two can never disagree about which event was ignored and why.
import type { CallEventType, CallSnapshot, CallStatus } from './call';
import type { Enrichment, PlatformEvent, PostCallChange } from './messages';
import { normalizeTagName } from './tag-names';
import { emptyTagLayers, type ResolvedTags, type TagLayers } from './tags';

/** Everything a call workflow carries; small and plain so it survives continue-as-new as one argument. */
export interface CallState {
  call: CallSnapshot;
  layers: TagLayers;
  resolved: ResolvedTags;
  seenEventIds: string[];
  transactionIds: string[];
  incomingEmitted: boolean;
  convertedEmitted: boolean;
  preCallAttached: boolean;
  marksEmitted: number[];
  updates: number;
  completedAt?: string;
  postCallWindowEndsAt?: string;
  closedAt?: string;
  /** Bumped on every index write so an older, retried write never overwrites a newer one. */
  indexSequence: number;
  /** Post-call updates to a live call wait here and apply at completion (calls started with queuesLiveUpdates). */
  queuesLiveUpdates?: boolean;
  queuedUpdates?: Array<{ change: PostCallChange; at: string }>;
  /** The call's beginning is read in its first step's local activity, not one of its own (calls started with beginsInStep). */
  beginsInStep?: boolean;
  /** Runs reopened by late updates after the window closed. */
  reopenings?: number;
}

export type CallInput =
  | { kind: 'platform'; event: PlatformEvent }
  | { kind: 'enrichment'; enrichments: Enrichment[] }
  | { kind: 'mark'; seconds: number; at: string }
  | { kind: 'max_length'; at: string }
  | { kind: 'post_call'; change: PostCallChange; at: string }
  | { kind: 'completed'; at: string; windowEndsAt: string }
  | { kind: 'window_closed'; at: string }
  | { kind: 'reopened'; at: string; windowEndsAt: string };

/** One event to emit, with the call as it was at that moment. */
export interface Emission {
  type: CallEventType;
  occurred_at: string;
  call: CallSnapshot;
  /** A `call.updated`'s number among the call's updates: its event id, even when several go out in one step. */
  update?: number;
}

export interface Step {
  verdict: 'applied' | 'queued' | 'duplicate' | 'ignored';
  reason?: string;
  emissions: Emission[];
  tagsChanged: boolean;
}

/** Timer summaries: Temporal Web shows them, and the timeline recognizes the timers that change state by them. */
export const MAX_LENGTH_TIMER = 'max call length';
export const POST_CALL_WINDOW_TIMER = 'post-call window';
export const markTimerSummary = (seconds: number) => `${seconds} s mark`;

const ENDED: readonly CallStatus[] = ['ended', 'failed', 'completed'];

export function initialCallState(orgId: string, callId: string): CallState {
  return {
    call: { call_id: callId, org_id: orgId, status: 'ringing', converted: false },
    layers: emptyTagLayers(),
    resolved: { tags: {}, sources: {} },
    seenEventIds: [],
    transactionIds: [],
    incomingEmitted: false,
    convertedEmitted: false,
    preCallAttached: false,
    marksEmitted: [],
    updates: 0,
    indexSequence: 0,
  };
}

/** Applies one input to the state (in place) and says what the workflow must emit. */
export function reduceCall(state: CallState, input: CallInput): Step {
  switch (input.kind) {
    case 'platform':
      return applyPlatformEvent(state, input.event);
    case 'enrichment':
      return applied([], attachEnrichments(state.layers, input.enrichments));
    case 'mark':
      if (state.call.status !== 'connected') return ignored(`the call is ${state.call.status}, no longer connected`);
      if (state.marksEmitted.includes(input.seconds)) return ignored(`the ${input.seconds} s mark was already emitted`);
      state.marksEmitted.push(input.seconds);
      return applied([emission(state, `call.on_${input.seconds}_secs_mark` as CallEventType, input.at)]);
    case 'max_length':
      if (ENDED.includes(state.call.status)) return ignored('the call had already ended');
      Object.assign(state.call, { hangup_cause: 'max_call_length' });
      return endCall(state, 'call.hangup', input.at, undefined);
    case 'post_call':
      return applyPostCall(state, input.change, input.at);
    case 'completed':
      state.completedAt = input.at;
      state.postCallWindowEndsAt = input.windowEndsAt;
      return applied([]);
    case 'window_closed':
      state.closedAt = input.at;
      return applied([]);
    case 'reopened':
      // A late update opened a new run: the window opens again, for the update and any that follow it.
      state.closedAt = undefined;
      state.postCallWindowEndsAt = input.windowEndsAt;
      state.reopenings = (state.reopenings ?? 0) + 1;
      return applied([]);
  }
}

function applyPlatformEvent(state: CallState, event: PlatformEvent): Step {
  if (state.seenEventIds.includes(event.event_id)) return { verdict: 'duplicate', reason: `event ${event.event_id} was already received`, emissions: [], tagsChanged: false };
  state.seenEventIds.push(event.event_id);
  const status = state.call.status;
  const ended = ENDED.includes(status);
  const why = rejection(state, event.type, status, ended);
  if (why) return ignored(why);

  const tagsChanged = mergeFields(state, event);
  state.call.started_at ??= event.occurred_at;
  const out: Emission[] = [];
  if (event.type !== 'converted' && !state.incomingEmitted) {
    // A call reported first as connected, hung up or failed was still received: say so first.
    state.incomingEmitted = true;
    out.push(emission(state, 'call.incoming', event.occurred_at));
  }
  switch (event.type) {
    case 'connected':
      state.call.status = 'connected';
      state.call.connected_at = event.occurred_at;
      out.push(emission(state, 'call.connected', event.occurred_at));
      break;
    case 'hangup':
    case 'failure': {
      const ended = endCall(state, event.type === 'hangup' ? 'call.hangup' : 'call.failure', event.occurred_at, event.call.duration);
      out.push(...ended.emissions);
      return applied(out, tagsChanged || ended.tagsChanged);
    }
    case 'converted':
      out.push(...convert(state, event.occurred_at));
      break;
  }
  return applied(out, tagsChanged);
}

/** Why an event cannot apply in the call's current state, or undefined when it can. */
function rejection(state: CallState, type: PlatformEvent['type'], status: CallStatus, ended: boolean): string | undefined {
  const endedAt = state.call.ended_at ? ` at ${state.call.ended_at}` : '';
  switch (type) {
    case 'incoming':
      if (ended) return `the call had already ended${endedAt}`;
      if (state.incomingEmitted) return 'the call was already received';
      return undefined;
    case 'connected':
      if (ended) return `the call had already ended${endedAt}`;
      if (status === 'connected') return 'the call was already connected';
      return undefined;
    case 'hangup':
      if (ended) return `the call had already ended${endedAt}`;
      return undefined;
    case 'failure':
      if (ended) return `the call had already ended${endedAt}`;
      if (status === 'connected') return 'the call was connected; a failure applies only before connect';
      return undefined;
    case 'converted':
      if (state.closedAt) return 'the post-call window had closed';
      if (state.convertedEmitted) return `the call was already converted at ${state.call.call_converted_at}`;
      return undefined;
  }
}

/** Hangup or failure: the call ends, conversion is evaluated, the call completes, then queued updates apply. */
function endCall(state: CallState, type: 'call.hangup' | 'call.failure', at: string, reportedDuration: number | undefined): Step {
  const wasConnected = state.call.status === 'connected';
  const talkSeconds = wasConnected && state.call.connected_at ? Math.max(0, (Date.parse(at) - Date.parse(state.call.connected_at)) / 1000) : 0;
  state.call.status = type === 'call.failure' ? 'failed' : 'ended';
  state.call.ended_at = at;
  state.call.duration = reportedDuration ?? Math.round(talkSeconds);
  const out = [emission(state, type, at)];
  const rule = state.call.conversion_duration_seconds;
  if (wasConnected && rule !== undefined && !state.call.converted && (reportedDuration ?? talkSeconds) >= rule) out.push(...convert(state, at));
  state.call.status = 'completed';
  out.push(emission(state, 'call.completed', at));
  let tagsChanged = false;
  // In the order they arrived, each emitting at completion so deliveries keep event order.
  for (const queued of state.queuedUpdates?.splice(0) ?? []) {
    const step = applyChange(state, queued.change, queued.at, at);
    out.push(...step.emissions);
    tagsChanged ||= step.tagsChanged;
  }
  return applied(out, tagsChanged);
}

function convert(state: CallState, at: string, emittedAt = at): Emission[] {
  state.call.converted = true;
  state.call.call_converted_at ??= at;
  if (state.convertedEmitted) return [];
  state.convertedEmitted = true;
  return [emission(state, 'call.converted', emittedAt)];
}

function applyPostCall(state: CallState, change: PostCallChange, at: string): Step {
  if (state.closedAt) return ignored('the post-call window had closed');
  if (change.transaction_id) {
    if (state.transactionIds.includes(change.transaction_id)) return { verdict: 'duplicate', reason: `transaction ${change.transaction_id} was already applied`, emissions: [], tagsChanged: false };
    state.transactionIds.push(change.transaction_id);
  }
  if (state.queuesLiveUpdates && state.call.status !== 'completed') {
    (state.queuedUpdates ??= []).push({ change, at });
    return { verdict: 'queued', reason: `the call is ${state.call.status}; applied when it completes`, emissions: [], tagsChanged: false };
  }
  return applyChange(state, change, at, at);
}

/** A post-call change onto a completed call; `emittedAt` is when its events go out (completion, if it was queued). */
function applyChange(state: CallState, change: PostCallChange, at: string, emittedAt: string): Step {
  const call = state.call;
  let changed = false;
  const set = <K extends keyof CallSnapshot>(key: K, value: CallSnapshot[K] | undefined) => {
    if (value === undefined || call[key] === value) return;
    call[key] = value;
    changed = true;
  };
  const firstConversion = change.converted === true && !state.convertedEmitted;
  if (change.converted !== undefined) {
    if (change.converted && change.call_converted_at) set('call_converted_at', change.call_converted_at);
    set('converted', change.converted);
  }
  set('revenue_paid_out', change.revenue_paid_out);
  set('publisher_paid_out', change.publisher_paid_out);
  set('reason', change.reason);
  if (change.no_payout_reason === null && call.no_payout_reason !== undefined) {
    delete call.no_payout_reason;
    changed = true;
  } else if (change.no_payout_reason) set('no_payout_reason', change.no_payout_reason);

  let tagsChanged = false;
  if (change.add && Object.keys(change.add).length > 0) {
    state.layers.incoming_webhook.push({ webhook_id: change.webhook_id, request_id: change.request_id, data: change.add });
    // A tag added again after a removal is back (compared as tag names: `homeowner` adds back HOMEOWNER).
    const added = new Set(Object.keys(change.add).map(normalizeTagName));
    state.layers.removed = state.layers.removed.filter((name) => !added.has(name));
    tagsChanged = true;
  }
  for (const name of (change.remove ?? []).map(normalizeTagName)) {
    if (!state.layers.removed.includes(name)) state.layers.removed.push(name);
    tagsChanged = true;
  }
  if (firstConversion) return applied(convert(state, change.call_converted_at ?? at, emittedAt), tagsChanged);
  if (!changed && !tagsChanged) return applied([]);
  state.updates += 1;
  return applied([emission(state, 'call.updated', emittedAt)], tagsChanged);
}

/**
 * In order of receipt among the pre-call posts, so the later post wins per tag even when signals from concurrent
 * requests arrive out of order.
 */
/**
 * Adds enrichments to the incoming-webhook layer, in the order they were received; says whether any was new. The
 * first step's local activity applies it too, to resolve the tags its events go out with.
 */
export function attachEnrichments(layers: TagLayers, enrichments: Enrichment[]): boolean {
  // A post can reach a call twice (read at call start and signalled by the ingress): once is enough.
  const fresh = enrichments.filter((e) => !layers.incoming_webhook.some((held) => held.request_id === e.request_id));
  for (const e of fresh) addEnrichment(layers.incoming_webhook, e);
  return fresh.length > 0;
}

function addEnrichment(layer: TagLayers['incoming_webhook'], e: Enrichment): void {
  const entry = { webhook_id: e.webhook_id, request_id: e.request_id, received_at: e.received_at, data: e.data };
  const later = layer.findIndex((held) => held.received_at !== undefined && held.received_at > e.received_at);
  if (later === -1) layer.push(entry);
  else layer.splice(later, 0, entry);
}

/** Platform fields onto the call; tag-bearing maps go to their tag layers. Says whether any layer changed. */
function mergeFields(state: CallState, event: PlatformEvent): boolean {
  const { tags, sip_headers, rtb, landing_page, ...fields } = event.call;
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) (state.call as unknown as Record<string, unknown>)[key] = value;
  const layers: Array<[Record<string, unknown>, Record<string, unknown> | undefined]> = [
    [state.layers.platform, tags],
    [state.layers.sip_header, sip_headers],
    [state.layers.rtb, rtb],
    [state.layers.landing_page, landing_page],
  ];
  let changed = false;
  for (const [layer, values] of layers) {
    if (!values || Object.keys(values).length === 0) continue;
    Object.assign(layer, values);
    changed = true;
  }
  return changed;
}

function emission(state: CallState, type: CallEventType, at: string): Emission {
  return { type, occurred_at: at, call: { ...state.call }, ...(type === 'call.updated' && { update: state.updates }) };
}

function applied(emissions: Emission[], tagsChanged = false): Step {
  return { verdict: 'applied', emissions, tagsChanged };
}

function ignored(reason: string): Step {
  return { verdict: 'ignored', reason, emissions: [], tagsChanged: false };
}
