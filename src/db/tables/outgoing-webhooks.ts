import type { ColumnType, Generated, Selectable } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

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
  filters: Json<unknown[]>;
  retry: Json<{
    max_attempts: number;
    initial_interval_seconds: number;
    backoff_coefficient: number;
    max_interval_seconds: number;
  }>;
  timeout_ms: number;
  /** Bumped on every change so rendered-template caches know when to recompile. */
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type OutgoingWebhookRow = Selectable<OutgoingWebhooksTable>;
