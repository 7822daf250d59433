import type { ColumnType, Generated, Selectable } from 'kysely';
import type { RateLimits } from '../../limits/limits';

export interface OrganizationsTable {
  id: string;
  name: string;
  /** Phone region for caller numbers without a country code. */
  default_region: Generated<string>;
  match_window_seconds: Generated<number>;
  retention_days: Generated<number>;
  call_retention_days: Generated<number>;
  /** IANA time zone the dashboard shows the organization's times in. */
  timezone: Generated<string>;
  /** Only the limits the instance admin set; `resolveRateLimits` fills in the defaults. */
  rate_limits: ColumnType<Partial<RateLimits>, string | undefined, string>;
  disabled_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type OrganizationRow = Selectable<OrganizationsTable>;

export interface RateLimitDemandTable {
  bucket: string;
  process_id: string;
  per_second: number;
  reported_at: Date;
}
