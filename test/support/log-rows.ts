import { newId } from '../../src/ids';
import type { Db } from '../../src/db/database';
import type { DeliveryStatus } from '../../src/db/tables/deliveries';

const MINUTE = 60_000;

/** A moment `minutes` ago. */
export const minutesAgo = (minutes: number, now = Date.now()) => new Date(now - minutes * MINUTE);

export interface SeededDelivery {
  webhook: { id: string; name: string };
  at: Date;
  status: DeliveryStatus;
  durationMs?: number | null;
  failures?: number;
  error?: string | null;
  test?: boolean;
  simulated?: boolean;
}

/** Log rows written as the worker writes them, at chosen times, for figures over known data. */
export async function seedDeliveries(db: Db, orgId: string, rows: SeededDelivery[]): Promise<string[]> {
  const values = rows.map((r) => ({
    id: newId('dlv', r.at.getTime()),
    org_id: orgId,
    webhook_id: r.webhook.id,
    webhook_name: r.webhook.name,
    call_id: null,
    event_id: newId('evt'),
    event_type: 'call.completed',
    status: r.status,
    duration_ms: r.durationMs ?? null,
    failures: r.failures ?? (r.status === 'failed' ? 1 : 0),
    error: r.error ?? null,
    context: '{}',
    test: r.test ?? false,
    simulated: r.simulated ?? false,
    created_at: r.at,
    updated_at: r.at,
  }));
  if (values.length) await db.insertInto('deliveries').values(values).execute();
  return values.map((v) => v.id);
}

export async function seedIncomingRequests(db: Db, orgId: string, rows: Array<{ at: Date; status: number }>): Promise<string[]> {
  const values = rows.map((r) => ({
    id: newId('req', r.at.getTime()),
    org_id: orgId,
    received_at: r.at,
    method: 'POST',
    path: '/call-data',
    query: '{}',
    headers: '{}',
    body: null,
    status: r.status,
    response_body: null,
    webhook_id: null,
    caller_id: null,
    call_id: null,
    latency_ms: 1,
  }));
  if (values.length) await db.insertInto('incoming_requests').values(values).execute();
  return values.map((v) => v.id);
}

export async function seedCalls(db: Db, orgId: string, startedAt: Date[]): Promise<string[]> {
  const values = startedAt.map((at) => {
    const callId = newId('call', at.getTime());
    return {
      org_id: orgId,
      call_id: callId,
      workflow_id: `call-${callId}`,
      status: 'completed',
      caller: '+15551234567',
      tracking_number: null, call_sid: null, campaign_id: null, campaign_name: null, publisher_id: null, publisher_name: null,
      buyer_id: null, buyer_name: null, converted: false, call_converted_at: null, revenue_paid_out: null, publisher_paid_out: null,
      configured_publisher_payout: null, duration: null, hangup_cause: null, failure_reason: null, reason: null,
      started_at: at, connected_at: null, ended_at: at, completed_at: at, post_call_window_ends_at: null, closed_at: at,
      tags: '{}', tag_sources: '{}', sequence: 1, updated_at: at,
    };
  });
  if (values.length) await db.insertInto('calls').values(values).execute();
  return values.map((v) => v.call_id);
}
