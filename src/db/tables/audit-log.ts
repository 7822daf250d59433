import type { ColumnType, Generated, Selectable } from 'kysely';
import type { AuditAction, AuditResource, FieldChange } from '../../audit/changes';

export interface AuditLogTable {
  id: string;
  org_id: string;
  at: Generated<Date>;
  actor_token_id: string;
  actor_name: string;
  actor_role: string;
  action: AuditAction;
  resource_type: AuditResource;
  resource_id: string;
  resource_name: string;
  changes: ColumnType<FieldChange[], string, string>;
  request_id: string | null;
}

export type AuditLogRow = Selectable<AuditLogTable>;
