import { sql } from 'kysely';
import { indexedFacts, type CallSnapshot, type IndexedFact } from '../../shared/call';
import type { CallState } from '../../shared/call-state';
import type { ResolvedTags } from '../../shared/tags';
import { STREAM_CHUNK_ROWS, type DbOrTrx, type Statements } from '../database';
import type { CallRow, CallsTable } from '../tables/calls';

/** A call as its workflow reports it to the index at one transition. */
export interface CallIndexRecord {
  workflowId: string;
  /** The workflow's write counter; the index keeps the highest. */
  sequence: number;
  call: CallSnapshot;
  tags: ResolvedTags;
  completedAt?: string;
  postCallWindowEndsAt?: string;
  closedAt?: string;
  /** The workflow's whole state, given by the write that closes the call (a late update reopens from it). */
  state?: CallState;
}

/** Upserts a call's index row unless the stored row came from a later write of the workflow. */
export async function upsertCall(db: DbOrTrx, record: CallIndexRecord): Promise<void> {
  await upsertCallStatement(db, record).execute();
}

/** The statement `upsertCall` runs, for a caller that makes it part of a larger one. */
export function upsertCallStatement(db: Statements, record: CallIndexRecord) {
  const { call } = record;
  // Typed as columns: a fact without its column fails to compile here.
  const facts: { [K in IndexedFact]: CallsTable[K] } = indexedFacts(call, null);
  const row = {
    org_id: call.org_id,
    call_id: call.call_id,
    workflow_id: record.workflowId,
    status: call.status,
    caller: call.from ?? null,
    tracking_number: call.to ?? null,
    ...facts,
    converted: call.converted,
    call_converted_at: call.call_converted_at ?? null,
    ivr: call.ivr ? JSON.stringify(call.ivr) : null,
    simulated: call.simulated === true,
    started_at: call.started_at ?? null,
    connected_at: call.connected_at ?? null,
    ended_at: call.ended_at ?? null,
    completed_at: record.completedAt ?? null,
    post_call_window_ends_at: record.postCallWindowEndsAt ?? null,
    closed_at: record.closedAt ?? null,
    tags: JSON.stringify(record.tags.tags),
    tag_sources: JSON.stringify(record.tags.sources),
    sequence: record.sequence,
    ...(record.state && { state: JSON.stringify(record.state) }),
  };
  const { org_id: _org, call_id: _call, ...changes } = row;
  // The update takes the proposed row's values (`excluded`) rather than binding each value a second time.
  const fromProposed = Object.fromEntries(Object.keys(changes).map((column) => [column, sql.ref(`excluded.${column}`)]));
  return db
    .insertInto('calls')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['org_id', 'call_id'])
        .doUpdateSet({ ...fromProposed, updated_at: sql`now()` })
        .where('calls.sequence', '<', sql<number>`excluded.sequence`),
    );
}

/** The state a closed call's workflow left, to reopen it from; undefined for calls closed before it was kept. */
export async function closedCallState(db: DbOrTrx, orgId: string, callId: string): Promise<CallState | undefined> {
  const row = await db.selectFrom('calls').select('state').where('org_id', '=', orgId).where('call_id', '=', callId).executeTakeFirst();
  return row?.state ?? undefined;
}

export async function findCall(db: DbOrTrx, orgId: string, callId: string): Promise<CallRow | undefined> {
  return db.selectFrom('calls').selectAll().where('org_id', '=', orgId).where('call_id', '=', callId).executeTakeFirst();
}

export interface CallFilters {
  status?: string;
  caller?: string;
  campaign_id?: string;
  from?: string;
  to?: string;
}

function filteredCalls(db: DbOrTrx, orgId: string, filters: CallFilters) {
  let query = db.selectFrom('calls').selectAll().where('org_id', '=', orgId).where('started_at', 'is not', null);
  if (filters.status) query = query.where('status', '=', filters.status);
  if (filters.caller) query = query.where('caller', '=', filters.caller);
  if (filters.campaign_id) query = query.where('campaign_id', '=', filters.campaign_id);
  if (filters.from) query = query.where('started_at', '>=', new Date(filters.from));
  if (filters.to) query = query.where('started_at', '<', new Date(filters.to));
  return query.orderBy('started_at', 'desc').orderBy('call_id', 'desc');
}

/**
 * Newest first by start time; `limit + 1` rows so the caller can tell whether there is a next page. `after` is
 * the last row of the previous page: its start time and call id.
 */
export async function listCalls(db: DbOrTrx, orgId: string, filters: CallFilters & { limit: number; after?: { started_at: string; call_id: string } }): Promise<CallRow[]> {
  let query = filteredCalls(db, orgId, filters);
  if (filters.after) {
    const { started_at, call_id } = filters.after;
    query = query.where(sql<boolean>`(started_at, call_id) < (${started_at}::timestamptz, ${call_id})`);
  }
  return query.limit(filters.limit + 1).execute();
}

/** Every call the filters match, newest first, read from a cursor in chunks. */
export function streamCalls(db: DbOrTrx, orgId: string, filters: CallFilters): AsyncIterableIterator<CallRow> {
  return filteredCalls(db, orgId, filters).stream(STREAM_CHUNK_ROWS);
}

export interface CallerKey {
  org_id: string;
  caller: string;
}

/** Workflow ids of each caller's calls in progress (ringing or connected), from the index: no Temporal round trip. */
export async function findLiveCallsOfCallers(db: DbOrTrx, callers: CallerKey[]): Promise<string[][]> {
  const rows = await db
    .selectFrom('calls')
    .select(['org_id', 'caller', 'workflow_id'])
    .where(sql<boolean>`(org_id, caller) in (select * from unnest(${callers.map((c) => c.org_id)}::text[], ${callers.map((c) => c.caller)}::text[]))`)
    .where('status', 'in', ['ringing', 'connected'])
    .where('closed_at', 'is', null)
    .execute();
  return callers.map((c) => rows.filter((row) => row.org_id === c.org_id && row.caller === c.caller).map((row) => row.workflow_id));
}

/**
 * The caller's calls (newest first, at most 20) that name an incoming request as the source of a tag: where its
 * data went. The caller index keeps it to that caller's calls.
 */
export async function findCallsFedBy(db: DbOrTrx, orgId: string, caller: string, requestId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('calls')
    .select('call_id')
    .where('org_id', '=', orgId)
    .where('caller', '=', caller)
    .where(sql<boolean>`jsonb_path_exists(tag_sources, '$.*.request_id ? (@ == $r)', jsonb_build_object('r', ${requestId}::text))`)
    .orderBy('started_at', 'desc')
    .limit(20)
    .execute();
  return rows.map((r) => r.call_id);
}

/** Tag names on the organization's latest 200 calls, defined or not: what its traffic actually carries. */
export async function seenTagNames(db: DbOrTrx, orgId: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select distinct jsonb_object_keys(tags) as name
    from (select tags from calls where org_id = ${orgId} order by started_at desc nulls last limit 200) recent
    order by name`.execute(db);
  return rows.map((r) => r.name);
}
