import type { ColumnType, Generated, Selectable } from 'kysely';
import type { PauseReason, HealthState } from '../../shared/webhook-health';
import type { FilterCondition } from '../../filters';
import type { WebhookAlertType } from '../../shared/call';
import type { HealthPolicy, RateLimit } from '../../shared/delivery';

type Json<T> = ColumnType<T, string, string>;
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface OutgoingWebhooksTable {
  id: string;
  org_id: string;
  name: string;
  enabled: Generated<boolean>;
  event_types: string[];
  method: string;
  url: string;
  headers: Json<Record<string, string>>;
  body_format: string;
  body_template: string;
  filters: Json<FilterCondition[]>;
  retry: Json<{
    max_attempts: number;
    initial_interval_seconds: number;
    backoff_coefficient: number;
    max_interval_seconds: number;
  }>;
  timeout_ms: number;
  health_policy: ColumnType<HealthPolicy, string | undefined, string>;
  /** Receives alerts about the organization's other webhooks. */
  notification_channel: Generated<boolean>;
  /** The body of those alerts; empty: a default for the body format. */
  alert_template: Generated<string>;
  rate_limit: ColumnType<RateLimit | null, string | null | undefined, string | null>;
  /** Sealed (SecretBox) `whsec_…`; null when signing is off. */
  signing_secret: Nullable<string>;
  /** The secret before the last rotation, still signing until `previous_signing_secret_expires_at`. */
  previous_signing_secret: Nullable<string>;
  previous_signing_secret_expires_at: Nullable<Date>;
  /** Bumped on every change so rendered-template caches know when to recompile. */
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type OutgoingWebhookRow = Selectable<OutgoingWebhooksTable>;

/** A webhook's health; no row means healthy. Written only when an attempt fails or the state changes. */
export interface OutgoingWebhookHealthTable {
  webhook_id: string;
  org_id: string;
  state: ColumnType<HealthState, HealthState | undefined, HealthState>;
  paused_reason: Nullable<PauseReason>;
  consecutive_failures: Generated<number>;
  probe_interval_ms: Nullable<number>;
  next_probe_at: Nullable<Date>;
  last_error: Nullable<string>;
  state_changed_at: Nullable<Date>;
  /** A backlog alert went out during this pause. */
  backlog_alerted: Generated<boolean>;
  /** Pacing: the theoretical arrival time of the rate limiter; in the future after a 429. */
  rate_tat: Nullable<Date>;
  /** Pacing of the requests actually sent: a send goes only when it conforms to the limit by this clock. */
  send_tat: Nullable<Date>;
  updated_at: Generated<Date>;
}

/** One change of a webhook's health (or its backlog crossing the threshold): what an alert reports. */
export interface OutgoingWebhookStateChangesTable {
  id: string;
  org_id: string;
  webhook_id: string;
  webhook_name: string;
  alert_type: WebhookAlertType;
  from_state: HealthState;
  to_state: HealthState;
  reason: Nullable<string>;
  last_error: Nullable<string>;
  pending: Nullable<number>;
  created_at: Generated<Date>;
  alerted_at: Nullable<Date>;
}

export type OutgoingWebhookStateChangeRow = Selectable<OutgoingWebhookStateChangesTable>;

export type OutgoingWebhookHealthRow = Selectable<OutgoingWebhookHealthTable>;
