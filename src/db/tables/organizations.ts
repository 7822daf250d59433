import type { ColumnType, Generated, Selectable } from 'kysely';

export interface OrganizationsTable {
  id: string;
  name: string;
  /** Phone region for caller numbers without a country code. */
  default_region: Generated<string>;
  match_window_seconds: Generated<number>;
  retention_days: Generated<number>;
  /** IANA time zone the dashboard shows the organization's times in. */
  timezone: Generated<string>;
  disabled_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type OrganizationRow = Selectable<OrganizationsTable>;
