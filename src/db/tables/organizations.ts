import type { Generated, Selectable } from 'kysely';

export interface OrganizationsTable {
  id: string;
  name: string;
  default_region: Generated<string>;
  created_at: Generated<Date>;
}

export type OrganizationRow = Selectable<OrganizationsTable>;
