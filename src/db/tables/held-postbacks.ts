import type { ColumnType, Generated, Selectable } from 'kysely';
import type { PostCallChange } from '../../shared/messages';

/** A post-call update that matched no call when it arrived, kept for the organization's match window. */
export interface HeldPostbacksTable {
  id: string;
  org_id: string;
  webhook_id: string;
  webhook_type: string;
  request_id: string;
  transaction_id: string | null;
  /** The call it names, or (when it named a caller) null. */
  call_id: string | null;
  /** The caller (E.164) whose next call it waits for, or null. */
  caller: string | null;
  change: ColumnType<PostCallChange, string, string>;
  received_at: Generated<Date>;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  /** The call it was given to; null while it waits. */
  attached_call_id: string | null;
  attached_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export type HeldPostbackRow = Selectable<HeldPostbacksTable>;
