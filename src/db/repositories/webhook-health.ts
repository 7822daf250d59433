import { sql } from 'kysely';
import { HEALTHY, nextHealth, type Health, type HealthEvent, type HealthState } from '../../shared/webhook-health';
import { newId } from '../../ids';
import type { WebhookAlertType } from '../../shared/call';
import type { Db, DbOrTrx } from '../database';
import type { DeliveryRow } from '../tables/deliveries';
import type { OutgoingWebhookHealthRow, OutgoingWebhookRow, OutgoingWebhookStateChangeRow } from '../tables/outgoing-webhooks';

export interface HealthChange {
  before: Health;
  after: Health;
}

/** The webhook as health changes need it: the state change log keeps its name. */
export type HealthSubject = Pick<OutgoingWebhookRow, 'id' | 'org_id' | 'name' | 'health_policy'>;

function healthOf(row: OutgoingWebhookHealthRow | undefined): Health {
  if (!row) return HEALTHY;
  const { state, paused_reason, consecutive_failures, probe_interval_ms, next_probe_at, last_error, state_changed_at } = row;
  return { state, paused_reason, consecutive_failures, probe_interval_ms, next_probe_at, last_error, state_changed_at };
}

const ALERT_OF: Record<HealthState, WebhookAlertType> = { healthy: 'webhook.recovered', failing: 'webhook.failing', paused: 'webhook.paused' };

/**
 * Applies one event to a webhook's health under a row lock, so concurrent attempts change it one at a time; in
 * the caller's transaction when given one (an operator's change and its audit entry commit together). A change
 * of state is logged in the same transaction, for its alert.
 */
export async function applyHealthEvent(db: DbOrTrx, webhook: HealthSubject, event: HealthEvent): Promise<HealthChange> {
  return inTransaction(db, async (trx) => {
    await trx.insertInto('outgoing_webhook_health').values({ webhook_id: webhook.id, org_id: webhook.org_id }).onConflict((oc) => oc.column('webhook_id').doNothing()).execute();
    const row = await trx.selectFrom('outgoing_webhook_health').selectAll().where('webhook_id', '=', webhook.id).forUpdate().executeTakeFirst();
    const before = healthOf(row);
    const after = nextHealth(before, event, webhook.health_policy);
    await trx
      .updateTable('outgoing_webhook_health')
      .set({ ...after, ...(after.state === 'healthy' && { backlog_alerted: false }), updated_at: sql`now()` })
      .where('webhook_id', '=', webhook.id)
      .execute();
    if (after.state !== before.state) {
      await logStateChange(trx, webhook, { alert_type: ALERT_OF[after.state], from_state: before.state, to_state: after.state, reason: after.paused_reason, last_error: after.last_error });
    }
    return { before, after };
  });
}

function inTransaction<T>(db: DbOrTrx, work: (trx: DbOrTrx) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : (db as Db).transaction().execute(work);
}

type StateChange = Pick<OutgoingWebhookStateChangeRow, 'alert_type' | 'from_state' | 'to_state' | 'reason' | 'last_error'> & { pending?: number };

async function logStateChange(db: DbOrTrx, webhook: HealthSubject, change: StateChange): Promise<void> {
  await db.insertInto('outgoing_webhook_state_changes').values({ id: newId('hsc'), org_id: webhook.org_id, webhook_id: webhook.id, webhook_name: webhook.name, ...change }).execute();
}

/** A paused webhook's backlog reached the threshold: logged for an alert once per pause. */
export async function recordBacklog(db: Db, webhook: HealthSubject, pending: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const flagged = await trx
      .updateTable('outgoing_webhook_health')
      .set({ backlog_alerted: true })
      .where('webhook_id', '=', webhook.id)
      .where('backlog_alerted', '=', false)
      .returning(['state', 'last_error'])
      .executeTakeFirst();
    if (flagged) await logStateChange(trx, webhook, { alert_type: 'webhook.backlog', from_state: flagged.state, to_state: flagged.state, reason: null, last_error: flagged.last_error, pending });
  });
}

/** State changes of a webhook whose alerts have not been started yet. */
export async function listUnalertedChanges(db: DbOrTrx, webhookId: string): Promise<Array<{ id: string; org_id: string }>> {
  return db.selectFrom('outgoing_webhook_state_changes').select(['id', 'org_id']).where('webhook_id', '=', webhookId).where('alerted_at', 'is', null).orderBy('created_at').execute();
}

export async function markAlerted(db: DbOrTrx, changeId: string): Promise<void> {
  await db.updateTable('outgoing_webhook_state_changes').set({ alerted_at: sql`now()` }).where('id', '=', changeId).execute();
}

export async function findStateChange(db: DbOrTrx, orgId: string, changeId: string): Promise<OutgoingWebhookStateChangeRow | undefined> {
  return db.selectFrom('outgoing_webhook_state_changes').selectAll().where('org_id', '=', orgId).where('id', '=', changeId).executeTakeFirst();
}

/** Counts a webhook's unsettled deliveries, stopping at `atMost` (enough to compare with a threshold). */
export async function countUnsettled(db: DbOrTrx, webhookId: string, atMost: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from (select 1 from deliveries where webhook_id = ${webhookId} and status in ('pending', 'held') limit ${atMost}) d`.execute(db);
  return rows[0].n;
}

export async function findHealth(db: DbOrTrx, webhookId: string): Promise<Health> {
  return healthOf(await db.selectFrom('outgoing_webhook_health').selectAll().where('webhook_id', '=', webhookId).executeTakeFirst());
}

/** A delivery whose workflow waits for the webhook's gate. */
export interface WaitingDelivery {
  id: string;
  held_by: string;
}

/**
 * The deliveries whose workflows wait on a webhook, oldest first: held ones, and ones a probe settled while they
 * waited (their workflows must still be told, to carry on with their calls' next events).
 */
export async function listWaitingDeliveries(db: DbOrTrx, webhookId: string, limit: number): Promise<WaitingDelivery[]> {
  return db
    .selectFrom('deliveries')
    .select(['id', 'held_by'])
    .where('webhook_id', '=', webhookId)
    .where('held_by', 'is not', null)
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit)
    .$narrowType<{ held_by: string }>()
    .execute();
}

/** The delivery a probe sends: the one held longest. */
export async function findOldestHeld(db: DbOrTrx, webhookId: string): Promise<DeliveryRow | undefined> {
  return db.selectFrom('deliveries').selectAll().where('webhook_id', '=', webhookId).where('status', '=', 'held').orderBy('created_at').orderBy('id').limit(1).executeTakeFirst();
}

/** Nothing to probe with: the next probe is due after another interval. */
export async function deferProbe(db: DbOrTrx, webhookId: string, ms: number): Promise<void> {
  await db.updateTable('outgoing_webhook_health').set({ next_probe_at: new Date(Date.now() + ms) }).where('webhook_id', '=', webhookId).execute();
}

/** A held delivery whose workflow is gone (terminated by hand) cannot be released: it fails, and can be recovered. */
export async function failOrphaned(db: DbOrTrx, id: string): Promise<void> {
  await db.updateTable('deliveries').set({ status: 'failed', error: 'its workflow ended while it was held', held_by: null, updated_at: sql`now()` }).where('id', '=', id).where('status', '=', 'held').execute();
}

/** Released deliveries no longer wait, and held ones are pending again: their workflows were told to try them. */
export async function markReleased(db: DbOrTrx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('deliveries')
    .set({ status: sql`case when status = 'held' then 'pending' else status end`, held_by: null, updated_at: sql`now()` })
    .where('id', 'in', ids)
    .execute();
}

/** An operator discards a webhook's backlog: every unsettled delivery fails without another attempt. */
export async function discardUnsettled(db: DbOrTrx, orgId: string, webhookId: string): Promise<number> {
  const result = await db
    .updateTable('deliveries')
    .set({ status: 'failed', error: 'discarded by an operator', discarded_at: sql`now()`, next_attempt_at: null, updated_at: sql`now()` })
    .where('org_id', '=', orgId)
    .where('webhook_id', '=', webhookId)
    .where('status', 'in', ['pending', 'held'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** What the API shows of a webhook's health beyond its state: recent attempts and the backlog. */
export interface HealthFigures {
  /** Share of the latest attempts (at most 100, within a day) that succeeded; null without attempts. */
  success_rate: number | null;
  p50_ms: number | null;
  p95_ms: number | null;
  pending: number;
}

const RECENT_ATTEMPTS = 100;

/** Health figures of several webhooks: an index-backed aggregate over each one's latest attempts. */
export async function healthFigures(db: DbOrTrx, orgId: string, webhookIds: string[]): Promise<Map<string, HealthFigures>> {
  const figures = new Map<string, HealthFigures>();
  if (webhookIds.length === 0) return figures;
  const { rows } = await sql<{ webhook_id: string; attempts: number; ok: number; p50: number | null; p95: number | null; pending: number }>`
    select w.id as webhook_id, s.attempts, s.ok, s.p50, s.p95,
      (select count(*) from deliveries d where d.webhook_id = w.id and d.status in ('pending', 'held')) as pending
    from unnest(${webhookIds}::text[]) as w(id)
    cross join lateral (
      select count(*) as attempts,
        count(*) filter (where a.response_status between 200 and 299) as ok,
        percentile_cont(0.5) within group (order by a.duration_ms) as p50,
        percentile_cont(0.95) within group (order by a.duration_ms) as p95
      from (
        select response_status, duration_ms from delivery_attempts
        where webhook_id = w.id and org_id = ${orgId} and created_at > now() - interval '1 day'
        order by created_at desc limit ${RECENT_ATTEMPTS}
      ) a
    ) s`.execute(db);
  for (const r of rows) {
    figures.set(r.webhook_id, {
      success_rate: r.attempts > 0 ? Math.round((r.ok / r.attempts) * 1000) / 1000 : null,
      p50_ms: r.p50 === null ? null : Math.round(r.p50),
      p95_ms: r.p95 === null ? null : Math.round(r.p95),
      pending: r.pending,
    });
  }
  return figures;
}

export async function findHealthRows(db: DbOrTrx, webhookIds: string[]): Promise<Map<string, Health>> {
  if (webhookIds.length === 0) return new Map();
  const rows = await db.selectFrom('outgoing_webhook_health').selectAll().where('webhook_id', 'in', webhookIds).execute();
  return new Map(rows.map((r) => [r.webhook_id, healthOf(r)]));
}

/**
 * Reserves the webhook's next send slot (GCRA): granted when it starts within `maxWaitMs`; not granted, the time
 * is when the queue's end comes within reach. One statement under the row's lock, so every worker shares one pace
 * and a restart forgets nothing. Times are absolute (epoch ms): a slot's start does not move with how long the
 * answer took to come back, so slots stay spaced when they are waited for.
 */
export async function reserveSendSlot(db: DbOrTrx, webhook: Pick<OutgoingWebhookRow, 'id' | 'org_id'>, intervalMs: number, burstMs: number, maxWaitMs: number): Promise<{ granted: boolean; at: number }> {
  const interval = sql`${intervalMs} * interval '1 millisecond'`;
  const burst = sql`${burstMs} * interval '1 millisecond'`;
  const { rows } = await sql<{ at: number }>`
    insert into outgoing_webhook_health as h (webhook_id, org_id, rate_tat) values (${webhook.id}, ${webhook.org_id}, clock_timestamp() + ${interval})
    on conflict (webhook_id) do update set rate_tat = greatest(h.rate_tat, clock_timestamp()) + ${interval}
      where coalesce(h.rate_tat, clock_timestamp()) - clock_timestamp() <= ${burst} + ${maxWaitMs} * interval '1 millisecond'
    returning (extract(epoch from greatest(clock_timestamp(), h.rate_tat - ${interval} - ${burst})) * 1000)::float8 as at`.execute(db);
  if (rows.length > 0) return { granted: true, at: rows[0].at };
  const { rows: current } = await sql<{ at: number }>`
    select (extract(epoch from greatest(clock_timestamp(), rate_tat - ${burst})) * 1000)::float8 as at from outgoing_webhook_health where webhook_id = ${webhook.id}`.execute(db);
  return { granted: false, at: current[0]?.at ?? Date.now() };
}

/**
 * Claims the right to send now (GCRA over the sends themselves): granted when a request leaving now conforms to
 * the limit, counting the requests that actually left, late ones included. Not granted, says how long until it
 * would. Slots (`reserveSendSlot`) order the waiting deliveries; this keeps the limit whatever their lateness.
 */
export async function claimSend(db: DbOrTrx, webhook: Pick<OutgoingWebhookRow, 'id'>, intervalMs: number, burstMs: number): Promise<{ granted: true } | { granted: false; waitMs: number }> {
  const interval = sql`${intervalMs} * interval '1 millisecond'`;
  const burst = sql`${burstMs} * interval '1 millisecond'`;
  const { rows } = await sql`
    update outgoing_webhook_health set send_tat = greatest(send_tat, clock_timestamp()) + ${interval}
    where webhook_id = ${webhook.id} and coalesce(send_tat, clock_timestamp()) - clock_timestamp() <= ${burst}
    returning 1`.execute(db);
  if (rows.length > 0) return { granted: true };
  const { rows: current } = await sql<{ wait_ms: number }>`
    select greatest(extract(epoch from send_tat - ${burst} - clock_timestamp()) * 1000, 0)::float8 as wait_ms
    from outgoing_webhook_health where webhook_id = ${webhook.id}`.execute(db);
  return { granted: false, waitMs: current[0]?.wait_ms ?? 0 };
}

/** A 429: nothing goes to the webhook before `ms` from now (Retry-After, or a pause of our own). */
export async function throttleWebhook(db: DbOrTrx, webhook: Pick<OutgoingWebhookRow, 'id' | 'org_id'>, ms: number): Promise<void> {
  const until = sql`clock_timestamp() + ${ms} * interval '1 millisecond'`;
  await sql`
    insert into outgoing_webhook_health as h (webhook_id, org_id, rate_tat, send_tat) values (${webhook.id}, ${webhook.org_id}, ${until}, ${until})
    on conflict (webhook_id) do update set rate_tat = greatest(h.rate_tat, ${until}), send_tat = greatest(h.send_tat, ${until})`.execute(db);
}
