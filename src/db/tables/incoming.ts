import type { ColumnType, Generated, Selectable } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

export const INCOMING_WEBHOOK_TYPES = ['call_data', 'update_fields', 'update_revenue', 'update_tags'] as const;
export type IncomingWebhookType = (typeof INCOMING_WEBHOOK_TYPES)[number];

export const HEADER_TAG_MODES = ['all', 'none', 'allow'] as const;
export type HeaderTagMode = (typeof HEADER_TAG_MODES)[number];

export interface IncomingWebhooksTable {
  id: string;
  org_id: string;
  name: string;
  type: IncomingWebhookType;
  enabled: Generated<boolean>;
  lifespan_seconds: number;
  /** Phone region for caller numbers without a country code; null means the organization's. */
  default_region: string | null;
  /** Parameter name (case-insensitive) → tag name. */
  parameter_map: Json<Record<string, string>>;
  /** Which request headers become tags: all, none, or only those named in header_tag_allow. */
  header_tags: ColumnType<HeaderTagMode, HeaderTagMode | undefined, HeaderTagMode>;
  header_tag_allow: ColumnType<string[], string[] | undefined, string[]>;
  key_hash: Buffer;
  key_sealed: string;
  previous_key_hash: ColumnType<Buffer | null, Buffer | null | undefined, Buffer | null>;
  previous_key_expires_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface IncomingRequestsTable {
  /** Also the request id the ingress answered with. */
  id: string;
  org_id: string | null;
  received_at: Date;
  method: string;
  path: string;
  query: Json<Record<string, unknown>>;
  headers: Json<Record<string, string>>;
  body: string | null;
  status: number;
  response_body: Json<unknown> | null;
  webhook_id: string | null;
  caller_id: string | null;
  call_id: string | null;
  latency_ms: number;
}

export type IncomingWebhookRow = Selectable<IncomingWebhooksTable>;
export type IncomingRequestRow = Selectable<IncomingRequestsTable>;
