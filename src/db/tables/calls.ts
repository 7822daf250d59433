import type { ColumnType, Selectable } from 'kysely';
import type { CallState } from '../../shared/call-state';
import type { IvrInput } from '../../shared/call';
import type { TagSource } from '../../shared/tags';

type Json<T> = ColumnType<T, string, string>;
type Timestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** The call index: one row per call, written by the call workflow's activities at each transition. */
export interface CallsTable {
  org_id: string;
  call_id: string;
  workflow_id: string;
  status: string;
  caller: string | null;
  tracking_number: string | null;
  call_sid: string | null;
  campaign_id: string | null;
  campaign_name: string | null;
  publisher_id: string | null;
  publisher_name: string | null;
  buyer_id: string | null;
  buyer_name: string | null;
  converted: boolean;
  call_converted_at: Timestamp;
  revenue_paid_out: number | null;
  publisher_paid_out: number | null;
  configured_publisher_payout: number | null;
  duration: number | null;
  hangup_cause: string | null;
  failure_reason: string | null;
  hangup_by: string | null;
  no_payout_reason: string | null;
  recording_url: string | null;
  caller_name: string | null;
  caller_city: string | null;
  caller_state: string | null;
  caller_zip: string | null;
  ivr: ColumnType<IvrInput[] | null, string | null, string | null>;
  /** The post-call reason (update_fields). */
  reason: string | null;
  /** A call from the call simulator. */
  simulated: ColumnType<boolean, boolean | undefined, boolean>;
  started_at: Timestamp;
  connected_at: Timestamp;
  ended_at: Timestamp;
  completed_at: Timestamp;
  /** Null until the call completes; the ingress finds a caller's open call with `> now()`. */
  post_call_window_ends_at: Timestamp;
  closed_at: Timestamp;
  tags: Json<Record<string, string>>;
  tag_sources: Json<Record<string, TagSource>>;
  /** The workflow's write counter: a retried older write never overwrites a newer one. */
  sequence: number;
  /** The workflow's state when its post-call window last closed; null while it runs or for older calls. */
  state: ColumnType<CallState | null, string | undefined, string>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export type CallRow = Selectable<CallsTable>;
