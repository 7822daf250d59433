import type { ColumnType, Generated, Selectable } from 'kysely';
import type { TokenRole } from '../../security/roles';

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface ApiTokensTable {
  id: string;
  org_id: string;
  name: string;
  /** sha256 of the token; the token itself is shown once and never stored. */
  token_hash: Buffer;
  role: Generated<TokenRole>;
  instance_admin: Generated<boolean>;
  created_at: Generated<Date>;
  expires_at: Nullable<Date>;
  /** Written at most once a minute per token, by the authenticating query itself. */
  last_used_at: Nullable<Date>;
  revoked_at: Nullable<Date>;
}

export type ApiTokenRow = Selectable<ApiTokensTable>;
