import { sql, type Insertable } from 'kysely';
import { STREAM_CHUNK_ROWS, type DbOrTrx } from '../database';
import type { IncomingRequestRow, IncomingRequestsTable } from '../tables/incoming';

export type NewIncomingRequest = Insertable<IncomingRequestsTable>;

export interface IncomingRequestFilter {
  limit: number;
  cursor?: string;
  webhook_id?: string;
  status?: number;
  caller?: string;
  from?: string;
  to?: string;
}

export type IncomingRequestListRow = Omit<IncomingRequestRow, 'query' | 'headers' | 'body' | 'response_body' | 'org_id'> & { webhook_name: string | null };

/**
 * One statement for a whole batch of log records, the rows in one JSON parameter: the same short statement for
 * any batch, where a multi-row VALUES names 14 parameters per row (building that was 5 % of the API's CPU under
 * ingress load). The JSON columns arrive as the JSON text the records carry.
 */
export async function insertIncomingRequests(db: DbOrTrx, rows: NewIncomingRequest[]): Promise<void> {
  if (!rows.length) return;
  await sql`
    insert into incoming_requests (id, org_id, received_at, method, path, query, headers, body, status, response_body, webhook_id, caller_id, call_id, latency_ms)
    select id, org_id, received_at, method, path, query::jsonb, headers::jsonb, body, status, response_body::jsonb, webhook_id, caller_id, call_id, latency_ms
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(
      id text, org_id text, received_at timestamptz, method text, path text, query text, headers text, body text,
      status int, response_body text, webhook_id text, caller_id text, call_id text, latency_ms int)`.execute(db);
}

/** What a request's answer turned out to be after its log record was committed with its data. */
export interface IncomingRequestAmendment {
  id: string;
  status: number;
  response_body: string;
  latency_ms: number;
}

export async function amendIncomingRequest(db: DbOrTrx, amendment: IncomingRequestAmendment): Promise<void> {
  const { id, ...changes } = amendment;
  await db.updateTable('incoming_requests').set(changes).where('id', '=', id).execute();
}

function filteredIncomingRequests(db: DbOrTrx, orgId: string, filter: Omit<IncomingRequestFilter, 'limit' | 'cursor'>) {
  let query = db
    .selectFrom('incoming_requests as r')
    .leftJoin('incoming_webhooks as w', (join) => join.onRef('w.id', '=', 'r.webhook_id').onRef('w.org_id', '=', 'r.org_id'))
    .select(['r.id', 'r.received_at', 'r.method', 'r.path', 'r.status', 'r.webhook_id', 'w.name as webhook_name', 'r.caller_id', 'r.call_id', 'r.latency_ms'])
    .where('r.org_id', '=', orgId);
  if (filter.webhook_id) query = query.where('r.webhook_id', '=', filter.webhook_id);
  if (filter.status !== undefined) query = query.where('r.status', '=', filter.status);
  if (filter.caller) query = query.where('r.caller_id', '=', filter.caller);
  if (filter.from) query = query.where('r.received_at', '>=', new Date(filter.from));
  if (filter.to) query = query.where('r.received_at', '<', new Date(filter.to));
  return query.orderBy('r.id', 'desc');
}

/** Newest first; ids are time-ordered, so the last id of a page is the cursor of the next. */
export async function listIncomingRequests(db: DbOrTrx, orgId: string, filter: IncomingRequestFilter): Promise<IncomingRequestListRow[]> {
  let query = filteredIncomingRequests(db, orgId, filter);
  if (filter.cursor) query = query.where('r.id', '<', filter.cursor);
  return query.limit(filter.limit + 1).execute();
}

/** Every request the filters match, newest first, read from a cursor in chunks. */
export function streamIncomingRequests(db: DbOrTrx, orgId: string, filter: Omit<IncomingRequestFilter, 'limit' | 'cursor'>): AsyncIterableIterator<IncomingRequestListRow> {
  return filteredIncomingRequests(db, orgId, filter).stream(STREAM_CHUNK_ROWS);
}

export async function findIncomingRequest(db: DbOrTrx, orgId: string, id: string): Promise<(IncomingRequestRow & { webhook_name: string | null }) | undefined> {
  return db
    .selectFrom('incoming_requests as r')
    .leftJoin('incoming_webhooks as w', (join) => join.onRef('w.id', '=', 'r.webhook_id').onRef('w.org_id', '=', 'r.org_id'))
    .selectAll('r')
    .select('w.name as webhook_name')
    .where('r.org_id', '=', orgId)
    .where('r.id', '=', id)
    .executeTakeFirst();
}
