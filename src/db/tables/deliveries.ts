import type { ColumnType, Generated, Selectable } from 'kysely';
import type { RenderContext } from '../../shared/call';

type Json<T> = ColumnType<T, string, string>;
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

export type DeliveryStatus = 'pending' | 'held' | 'succeeded' | 'failed' | 'skipped';

export interface DeliveriesTable {
  id: string;
  org_id: string;
  webhook_id: string;
  /** The webhook's name when it last ran: the log stays readable after a rename or delete. */
  webhook_name: string;
  call_id: Nullable<string>;
  event_id: string;
  event_type: string;
  /** Of the latest attempt; URL redacted. Null until the first attempt (and for skipped deliveries). */
  method: Nullable<string>;
  url: Nullable<string>;
  status: DeliveryStatus;
  attempts_count: Generated<number>;
  last_status_code: Nullable<number>;
  duration_ms: Nullable<number>;
  /** The latest attempt's error, or why the delivery was skipped. */
  error: Nullable<string>;
  /** When a pending delivery is tried next; null once settled. */
  next_attempt_at: Nullable<Date>;
  /** Failed attempts counted against the retry schedule. */
  failures: Generated<number>;
  /** The workflow waiting on a held delivery (its webhook is paused). */
  held_by: Nullable<string>;
  /** When an operator discarded it: failed, and not attempted again unless recovered. */
  discarded_at: Nullable<Date>;
  /** The bulk recovery that last sent it again. */
  recovery_id: Nullable<string>;
  /** What the templates rendered from, kept so the delivery can be sent again. */
  context: Json<RenderContext>;
  redelivery_of: Nullable<string>;
  test: Generated<boolean>;
  /** Sent for a call from the call simulator: real webhooks, but never redelivered or recovered. */
  simulated: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface DeliveryAttemptsTable {
  id: string;
  org_id: string;
  delivery_id: string;
  webhook_id: string;
  attempt: number;
  request_method: string;
  request_url: string;
  request_headers: Json<Record<string, string>>;
  request_body: Nullable<string>;
  response_status: Nullable<number>;
  response_headers: ColumnType<Record<string, string> | null, string | null | undefined, string | null>;
  response_body: Nullable<string>;
  response_body_truncated: Generated<boolean>;
  duration_ms: number;
  error: Nullable<string>;
  /** The OpenTelemetry trace the attempt ran in; null when tracing is off. */
  trace_id: Nullable<string>;
  created_at: Generated<Date>;
}

export type DeliveryRow = Selectable<DeliveriesTable>;
export type DeliveryAttemptRow = Selectable<DeliveryAttemptsTable>;

export type RecoveryStatus = 'running' | 'completed';

export interface RecoveriesTable {
  id: string;
  org_id: string;
  webhook_id: string;
  since: Date;
  call_id: Nullable<string>;
  status: ColumnType<RecoveryStatus, RecoveryStatus | undefined, RecoveryStatus>;
  /** Deliveries it claimed when it started. */
  total: number;
  created_at: Generated<Date>;
  finished_at: Nullable<Date>;
}

export type RecoveryRow = Selectable<RecoveriesTable>;
