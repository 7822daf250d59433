import type { ColumnType, Generated, Selectable } from 'kysely';

export interface OrganizationsTable {
  id: string;
  name: string;
  default_region: Generated<string>;
  created_at: Generated<Date>;
}

export interface ApiTokensTable {
  id: string;
  org_id: string;
  name: string;
  /** sha256 of the token; the token itself is shown once and never stored. */
  token_hash: Buffer;
  created_at: Generated<Date>;
  last_used_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  revoked_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export type OrganizationRow = Selectable<OrganizationsTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;
