import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { NamedSubscription, SubscribedWebhook } from '../../shared/delivery';
import { CROCKFORD, newId } from '../../ids';
import type { RenderContext } from '../../shared/call';
import { STREAM_CHUNK_ROWS, type DbOrTrx, type Statements } from '../database';
import type { DeliveryAttemptRow, DeliveryRow, DeliveryStatus } from '../tables/deliveries';
import type { OutgoingWebhookRow } from '../tables/outgoing-webhooks';
import { HEALTHY, type Health, type HealthState } from '../../shared/webhook-health';

/** The head of the call's chain a delivery waits behind, and how many are ahead of it. */
export interface QueuedBehind {
  ahead: number;
  delivery_id: string;
  event_type: string;
  status: DeliveryStatus;
  attempts_count: number;
  error: string | null;
}

/** Which delivery an attempt belongs to, as known when it is made. */
export interface DeliveryIdentity {
  id: string;
  orgId: string;
  webhookId: string;
  webhookName: string;
  context: RenderContext;
  redeliveryOf?: string;
  /** A test send: sample data, so no call is named. */
  test?: boolean;
}

/** One attempt as it will be stored: request already redacted, response body already capped. */
export interface AttemptRecord {
  attempt: number;
  status: Exclude<DeliveryStatus, 'skipped'>;
  request: { method: string; url: string; headers: Record<string, string>; body: string | null };
  response: { status: number; headers: Record<string, string>; body: string; body_truncated: boolean } | null;
  duration_ms: number;
  error: string | null;
  /** Failed attempts counted against the retry schedule, this one included. */
  failures: number;
  /** When a still-pending delivery is tried next. */
  next_attempt_at: Date | null;
  /** The OpenTelemetry trace it ran in, when tracing is on. */
  trace_id?: string;
}

function deliveryValues(delivery: DeliveryIdentity, status: DeliveryStatus) {
  return {
    id: delivery.id,
    org_id: delivery.orgId,
    webhook_id: delivery.webhookId,
    webhook_name: delivery.webhookName,
    // Test sends render the sample call, alerts no call at all.
    call_id: delivery.test ? null : delivery.context.call.call_id || null,
    event_id: delivery.context.event.id,
    event_type: delivery.context.event.type,
    status,
    context: JSON.stringify(delivery.context),
    redelivery_of: delivery.redeliveryOf ?? null,
    test: delivery.test ?? false,
    simulated: delivery.context.call.simulated === true,
  };
}

/** Records an attempt and the delivery's new state in one statement: the delivery's only database write. */
export async function recordAttempt(db: DbOrTrx, delivery: DeliveryIdentity, attempt: AttemptRecord): Promise<void> {
  const summary = {
    webhook_name: delivery.webhookName,
    method: attempt.request.method,
    url: attempt.request.url,
    status: attempt.status,
    last_status_code: attempt.response?.status ?? null,
    duration_ms: attempt.duration_ms,
    error: attempt.error,
    failures: attempt.failures,
    next_attempt_at: attempt.next_attempt_at,
  };
  await db
    .with('delivery', (q) =>
      q
        .insertInto('deliveries')
        .values({ ...deliveryValues(delivery, attempt.status), ...summary, attempts_count: 1 })
        .onConflict((oc) =>
          oc.column('id').doUpdateSet({ ...summary, attempts_count: sql`deliveries.attempts_count + 1`, updated_at: sql`now()` }),
        )
        .returning('id'),
    )
    .insertInto('delivery_attempts')
    .values((eb) => ({
      id: newId('att'),
      org_id: delivery.orgId,
      delivery_id: eb.selectFrom('delivery').select('id'),
      webhook_id: delivery.webhookId,
      attempt: attempt.attempt,
      request_method: attempt.request.method,
      request_url: attempt.request.url,
      request_headers: JSON.stringify(attempt.request.headers),
      request_body: attempt.request.body,
      response_status: attempt.response?.status ?? null,
      response_headers: attempt.response ? JSON.stringify(attempt.response.headers) : null,
      response_body: attempt.response?.body ?? null,
      response_body_truncated: attempt.response?.body_truncated ?? false,
      duration_ms: attempt.duration_ms,
      error: attempt.error,
      trace_id: attempt.trace_id ?? null,
    }))
    .execute();
}

/**
 * A delivery that cannot be attempted: skipped (webhook disabled) or failed (webhook deleted). A pending or held
 * row of the same id settles the same way.
 */
export async function recordUnsendable(db: DbOrTrx, delivery: DeliveryIdentity, status: 'skipped' | 'failed', reason: string): Promise<void> {
  await db
    .insertInto('deliveries')
    .values({ ...deliveryValues(delivery, status), error: reason })
    .onConflict((oc) => oc.column('id').doUpdateSet({ status, error: reason, next_attempt_at: null, held_by: null, updated_at: sql`now()` }))
    .execute();
}

/** An event a webhook's filters left out, logged once however often the fan-out activity is retried. */
export async function recordFilteredOut(db: DbOrTrx, delivery: Omit<DeliveryIdentity, 'id'>, reason: string): Promise<void> {
  const logged = await db
    .selectFrom('deliveries')
    .select('id')
    .where('webhook_id', '=', delivery.webhookId)
    .where('event_id', '=', delivery.context.event.id)
    .where('status', '=', 'skipped')
    .executeTakeFirst();
  if (logged) return;
  await db.insertInto('deliveries').values({ ...deliveryValues({ ...delivery, id: newId('dlv') }, 'skipped'), error: reason }).execute();
}

/** A delivery about to be started (a redelivery), so it shows in the log before its first attempt. */
export async function insertPendingDelivery(db: DbOrTrx, delivery: DeliveryIdentity): Promise<DeliveryRow> {
  return db.insertInto('deliveries').values(deliveryValues(delivery, 'pending')).returningAll().executeTakeFirstOrThrow();
}

/**
 * The delivery of one event to one webhook, the same on every retry of the activity that queues it: 26 Crockford
 * characters of a hash, shaped like `newId`'s ids.
 */
export function queuedDeliveryId(eventId: string, webhookId: string): string {
  const digest = createHash('sha256').update(`${eventId}\n${webhookId}`).digest();
  let tail = '';
  for (let i = 0; i < 26; i++) tail += CROCKFORD[digest[i] % 32];
  return `dlv_${tail}`;
}

/**
 * A step's deliveries as pending log rows, queued the moment their events are emitted so an event waiting behind a
 * retrying predecessor is visible. Times are whole milliseconds like every delivery's (cursors carry
 * milliseconds), a step's later emissions a millisecond apart so they sort in emission order. `fanOut` is the
 * step's fan-out with each delivery's id; `insert` writes the rows, and a retried step finds them already there.
 */
export function queuedDeliveries(orgId: string, contexts: RenderContext[], found: NamedSubscription[][]) {
  const queued = found.map((webhooks, i) => webhooks.map(({ name, ...webhook }) => ({ ...webhook, name, delivery_id: queuedDeliveryId(contexts[i].event.id, webhook.id), context: contexts[i], order: i })));
  const rows = queued.flat().map((q) => ({
    ...deliveryValues({ id: q.delivery_id, orgId, webhookId: q.id, webhookName: q.name, context: q.context }, 'pending'),
    created_at: sql<Date>`date_trunc('milliseconds', clock_timestamp()) + make_interval(secs => ${q.order} / 1000.0)`,
  }));
  const fanOut: SubscribedWebhook[][] = queued.map((webhooks) => webhooks.map(({ name: _name, context: _context, order: _order, ...webhook }) => webhook));
  const insert = rows.length > 0 ? (db: Statements) => db.insertInto('deliveries').values(rows).onConflict((oc) => oc.column('id').doNothing()) : undefined;
  return { fanOut, insert };
}

/** Serializes redeliveries of one event to one webhook until the transaction ends (two quick clicks make one). */
export async function lockEventDeliveries(trx: DbOrTrx, webhookId: string, eventId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`${webhookId}\n${eventId}`}, 0))`.execute(trx);
}

/** A delivery of the event to the webhook that is still pending or held: a redelivery would run beside it. */
export async function findLiveDelivery(db: DbOrTrx, orgId: string, webhookId: string, eventId: string): Promise<DeliveryRow | undefined> {
  return db
    .selectFrom('deliveries')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('webhook_id', '=', webhookId)
    .where('event_id', '=', eventId)
    .where('status', 'in', ['pending', 'held'])
    .where('test', '=', false)
    .orderBy('created_at')
    .executeTakeFirst();
}

/** Why a redelivery is refused: the live delivery, what it is doing, and what to do instead. */
export function liveDeliveryConflict(live: DeliveryRow): string {
  const doing =
    live.status === 'held'
      ? 'held while its webhook is paused'
      : live.attempts_count === 0
        ? 'queued, not attempted yet'
        : `retrying after ${live.attempts_count} attempt${live.attempts_count === 1 ? '' : 's'}`;
  return `Delivery ${live.id} of ${live.event_type} to this webhook is still ${live.status} (${doing}): a redelivery would send the event twice at once. Wait for it to finish, or resume the webhook.`;
}

/**
 * For each unattempted pending delivery among `rows`, the unsettled deliveries of the same call to the same webhook
 * made before it: the call's chain it waits in. Redeliveries and test sends run on their own and wait for nothing.
 */
export async function findQueues(db: DbOrTrx, orgId: string, rows: DeliveryRow[]): Promise<Map<string, QueuedBehind>> {
  const waiting = rows.filter((r) => r.status === 'pending' && r.attempts_count === 0 && r.call_id !== null && r.redelivery_of === null && !r.test);
  const queues = new Map<string, QueuedBehind>();
  if (waiting.length === 0) return queues;
  const ahead = await db
    .selectFrom('deliveries as d')
    .innerJoin('deliveries as a', (join) =>
      join
        .onRef('a.org_id', '=', 'd.org_id')
        .onRef('a.webhook_id', '=', 'd.webhook_id')
        .onRef('a.call_id', '=', 'd.call_id')
        .on('a.status', 'in', ['pending', 'held'])
        .on('a.test', '=', false)
        .on('a.redelivery_of', 'is', null)
        .on(sql<boolean>`(a.created_at, a.id) < (d.created_at, d.id)`),
    )
    .select(['d.id as queued_id', 'a.id', 'a.event_type', 'a.status', 'a.attempts_count', 'a.error'])
    .where('d.org_id', '=', orgId)
    .where('d.id', 'in', waiting.map((r) => r.id))
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
  for (const { queued_id, id, ...head } of ahead) {
    const known = queues.get(queued_id);
    if (known) known.ahead += 1;
    else queues.set(queued_id, { ahead: 1, delivery_id: id, ...head });
  }
  return queues;
}

/** Where a page of the log ends: the last row's creation time and id. */
export interface DeliveryCursor {
  created_at: Date;
  id: string;
}

/** Which deliveries a list or an export shows; every field narrows it. */
export interface DeliveryFilter {
  webhook_id?: string;
  call_id?: string;
  event_type?: string;
  status?: DeliveryStatus;
  /** Deliveries of this caller's calls (E.164). */
  caller?: string;
  from?: string;
  to?: string;
}

function filteredDeliveries(db: DbOrTrx, orgId: string, query: DeliveryFilter) {
  let q = db.selectFrom('deliveries').selectAll().where('org_id', '=', orgId);
  if (query.webhook_id) q = q.where('webhook_id', '=', query.webhook_id);
  if (query.call_id) q = q.where('call_id', '=', query.call_id);
  if (query.event_type) q = q.where('event_type', '=', query.event_type);
  if (query.status) q = q.where('status', '=', query.status);
  if (query.caller) q = q.where('call_id', 'in', db.selectFrom('calls').select('call_id').where('org_id', '=', orgId).where('caller', '=', query.caller));
  if (query.from) q = q.where('created_at', '>=', new Date(query.from));
  if (query.to) q = q.where('created_at', '<', new Date(query.to));
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc');
}

/** Newest first by (created_at, id); `limit + 1` rows so the caller can tell whether there is a next page. */
export async function listDeliveries(db: DbOrTrx, orgId: string, query: DeliveryFilter & { limit: number }, after?: DeliveryCursor): Promise<DeliveryRow[]> {
  let q = filteredDeliveries(db, orgId, query);
  if (after) q = q.where(sql<boolean>`(created_at, id) < (${after.created_at}, ${after.id})`);
  return q.limit(query.limit + 1).execute();
}

/** Every delivery the filters match, newest first, read from a cursor in chunks. */
export function streamDeliveries(db: DbOrTrx, orgId: string, query: DeliveryFilter): AsyncIterableIterator<DeliveryRow> {
  return filteredDeliveries(db, orgId, query).stream(STREAM_CHUNK_ROWS);
}

export async function findDelivery(db: DbOrTrx, orgId: string, id: string): Promise<DeliveryRow | undefined> {
  return db.selectFrom('deliveries').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function listDeliveryAttempts(db: DbOrTrx, orgId: string, deliveryId: string): Promise<DeliveryAttemptRow[]> {
  return db.selectFrom('delivery_attempts').selectAll().where('org_id', '=', orgId).where('delivery_id', '=', deliveryId).orderBy('attempt').orderBy('id').execute();
}

/** How far a delivery got before this attempt; undefined before its first attempt. */
export interface DeliveryProgress {
  status: DeliveryStatus;
  attempts_count: number;
  failures: number;
  discarded: boolean;
  /** A pending delivery is not tried before this: its retry's time, or the end of an attempt in flight. */
  next_attempt_at: Date | null;
}

export interface DeliveryTarget {
  /** The webhook as configured now; undefined once deleted. */
  webhook?: OutgoingWebhookRow;
  health: Health;
  progress?: DeliveryProgress;
  /** Pacing: no send before this (a rate limit's next slot, or a 429's Retry-After). */
  throttledUntil: Date | null;
}

/**
 * What an attempt starts from, in one query: the webhook, its health and the delivery's progress, so the attempt
 * number and the retry schedule survive worker restarts and a paused webhook is noticed before sending.
 */
export async function findDeliveryTarget(db: DbOrTrx, orgId: string, webhookId: string, deliveryId: string): Promise<DeliveryTarget> {
  const row = await db
    .selectFrom('outgoing_webhooks as w')
    .leftJoin('deliveries as d', (join) => join.on('d.id', '=', deliveryId).onRef('d.org_id', '=', 'w.org_id'))
    .leftJoin('outgoing_webhook_health as h', 'h.webhook_id', 'w.id')
    .selectAll('w')
    .select(['d.status as delivery_status', 'd.attempts_count as delivery_attempts', 'd.failures as delivery_failures', 'd.discarded_at as delivery_discarded_at', 'd.next_attempt_at as delivery_next_attempt_at'])
    .select(HEALTH_COLUMNS)
    .where('w.org_id', '=', orgId)
    .where('w.id', '=', webhookId)
    .executeTakeFirst();
  if (!row) return { health: HEALTHY, throttledUntil: null };
  const { delivery_status, delivery_attempts, delivery_failures, delivery_discarded_at, delivery_next_attempt_at, ...rest } = row;
  const progress = delivery_status
    ? { status: delivery_status, attempts_count: delivery_attempts ?? 0, failures: delivery_failures ?? 0, discarded: delivery_discarded_at !== null, next_attempt_at: delivery_next_attempt_at }
    : undefined;
  return { ...targetOf(rest), progress };
}

/** A new delivery's target: no progress yet. */
export type NewDeliveryTarget = Required<Pick<DeliveryTarget, 'webhook'>> & DeliveryTarget;

/**
 * The organization's enabled webhooks subscribed to `eventType` (of `only`, when given), each with what a new
 * delivery's attempt starts from: the lookup and `findDeliveryTarget`'s read in one query.
 */
export async function findSubscribedTargets(db: DbOrTrx, orgId: string, eventType: string, only?: string[]): Promise<NewDeliveryTarget[]> {
  let query = db
    .selectFrom('outgoing_webhooks as w')
    .leftJoin('outgoing_webhook_health as h', 'h.webhook_id', 'w.id')
    .selectAll('w')
    .select(HEALTH_COLUMNS)
    .where('w.org_id', '=', orgId)
    .where('w.enabled', '=', true)
    .where('w.event_types', '@>', sql<string[]>`array[${eventType}]::text[]`)
    .orderBy('w.id');
  if (only) query = query.where('w.id', 'in', only);
  return (await query.execute()).map((row) => targetOf(row) as NewDeliveryTarget);
}

const HEALTH_COLUMNS = ['h.rate_tat', 'h.state as health_state', 'h.paused_reason', 'h.consecutive_failures', 'h.probe_interval_ms', 'h.next_probe_at', 'h.last_error', 'h.state_changed_at'] as const;

/** A webhook row joined with its (maybe absent) health row, as an attempt's target. */
function targetOf(row: OutgoingWebhookRow & { rate_tat: Date | null; health_state: HealthState | null } & { [K in Exclude<keyof Health, 'state'>]: Health[K] | null }): DeliveryTarget {
  const { rate_tat, health_state, paused_reason, consecutive_failures, probe_interval_ms, next_probe_at, last_error, state_changed_at, ...webhook } = row;
  const health = health_state ? { state: health_state, paused_reason, consecutive_failures: consecutive_failures ?? 0, probe_interval_ms, next_probe_at, last_error, state_changed_at } : HEALTHY;
  return { webhook, health, throttledUntil: rate_tat };
}

/** A delivery waiting, unattempted, for its paused webhook; `heldBy` is the workflow to signal when it drains. */
export async function holdDelivery(db: DbOrTrx, delivery: DeliveryIdentity, heldBy: string | null): Promise<void> {
  await db
    .insertInto('deliveries')
    .values({ ...deliveryValues(delivery, 'held'), held_by: heldBy })
    .onConflict((oc) => oc.column('id').doUpdateSet({ status: 'held', held_by: heldBy, next_attempt_at: null, updated_at: sql`now()` }))
    .execute();
}

/** A delivery waiting for its webhook's pace, shown as pending with the time it asks again. */
export async function recordWaiting(db: DbOrTrx, delivery: DeliveryIdentity, nextAttemptAt: Date): Promise<void> {
  await db
    .insertInto('deliveries')
    .values({ ...deliveryValues(delivery, 'pending'), next_attempt_at: nextAttemptAt })
    .onConflict((oc) => oc.column('id').doUpdateSet({ next_attempt_at: nextAttemptAt, updated_at: sql`now()` }))
    .execute();
}

/**
 * A first attempt still in flight when the call step stopped waiting for it: the delivery activity waits until
 * `until` for its outcome. An outcome already recorded (settled, or a retry's time) is left as it is.
 */
export async function awaitAttemptInFlight(db: DbOrTrx, deliveryId: string, until: Date): Promise<void> {
  await db.updateTable('deliveries').set({ next_attempt_at: until, updated_at: sql`now()` }).where('id', '=', deliveryId).where('status', '=', 'pending').where('next_attempt_at', 'is', null).execute();
}

/** A discarded delivery that an attempt in flight set back to pending is failed again. */
export async function settleDiscarded(db: DbOrTrx, deliveryId: string): Promise<void> {
  await db.updateTable('deliveries').set({ status: 'failed', next_attempt_at: null, held_by: null, updated_at: sql`now()` }).where('id', '=', deliveryId).where('status', 'in', ['pending', 'held']).execute();
}
