import type { Insertable } from 'kysely';
import type { AuditResource } from '../../audit/changes';
import { newId } from '../../ids';
import type { DbOrTrx } from '../database';
import type { AuditLogRow, AuditLogTable } from '../tables/audit-log';

export async function insertAuditEntry(db: DbOrTrx, entry: Omit<Insertable<AuditLogTable>, 'id'>): Promise<void> {
  await db.insertInto('audit_log').values({ id: newId('aud'), ...entry }).execute();
}

export interface AuditQuery {
  limit: number;
  cursor?: string;
  resource_type?: AuditResource;
  resource_id?: string;
  actor_token_id?: string;
}

/** Newest first; the cursor is the last id of the previous page. */
export async function listAuditEntries(db: DbOrTrx, orgId: string, query: AuditQuery): Promise<AuditLogRow[]> {
  let q = db.selectFrom('audit_log').selectAll().where('org_id', '=', orgId);
  if (query.cursor) q = q.where('id', '<', query.cursor);
  if (query.resource_type) q = q.where('resource_type', '=', query.resource_type);
  if (query.resource_id) q = q.where('resource_id', '=', query.resource_id);
  if (query.actor_token_id) q = q.where('actor_token_id', '=', query.actor_token_id);
  return q.orderBy('id', 'desc').limit(query.limit + 1).execute();
}
