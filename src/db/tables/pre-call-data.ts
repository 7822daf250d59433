import type { ColumnType, Generated, Selectable } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

/** One post that still supplies at least one tag: provenance for the call's timeline and tag sources. */
export interface HeldPost {
  request_id: string;
  received_at: string;
  /** Tag name → value; only the tags no later post of the same webhook has set. */
  data: Record<string, string>;
}

/** Pre-call data a webhook posted about a caller, held until `expires_at` (the webhook's lifespan, restarted by each post). */
export interface PreCallDataTable {
  org_id: string;
  /** E.164. */
  caller: string;
  webhook_id: string;
  /** Oldest first; no two posts set the same tag. */
  posts: Json<HeldPost[]>;
  /** Transaction ids already applied while the data lived, so a repeat has no second effect (the newest 1,000). */
  transaction_ids: ColumnType<string[], string[] | undefined, string[]>;
  updated_at: Generated<Date>;
  expires_at: ColumnType<Date, Date | string, Date | string>;
}

export type PreCallDataRow = Selectable<PreCallDataTable>;
