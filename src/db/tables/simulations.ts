import type { Generated, Selectable } from 'kysely';

/** A run of the call simulator: which call it made and which outgoing webhooks that call may reach. */
export interface SimulationsTable {
  id: string;
  org_id: string;
  call_id: string;
  /** Null: every webhook of the organization subscribed to the event. */
  webhook_ids: string[] | null;
  created_at: Generated<Date>;
}

export type SimulationRow = Selectable<SimulationsTable>;
