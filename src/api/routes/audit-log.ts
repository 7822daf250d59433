import { listAuditEntries } from '../../db/repositories/audit-log';
import type { AuditLogRow } from '../../db/tables/audit-log';
import type { ApiContext } from '../context';
import type { ApiRoutes } from '../route';
import { page, problemSchema, toPage } from '../schemas/common';
import { auditEntrySchema, auditQuery } from '../schemas/audit';

function toAuditEntry(row: AuditLogRow) {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: { token_id: row.actor_token_id, name: row.actor_name, role: row.actor_role },
    action: row.action,
    resource: { type: row.resource_type, id: row.resource_id, name: row.resource_name },
    changes: row.changes,
    request_id: row.request_id,
  };
}

export function auditLogRoutes(routes: ApiRoutes, { db }: ApiContext): void {
  routes.add(
    {
      method: 'get', path: '/audit-log', tag: 'Audit log', query: auditQuery,
      summary: 'Every change to webhooks, tags, tokens and settings, newest first: who, when and what changed (secrets redacted)',
      responses: { 200: { description: 'A page of entries', schema: page(auditEntrySchema) }, 400: { description: 'Invalid filter', schema: problemSchema } },
    },
    async ({ auth, query }) => {
      const rows = await listAuditEntries(db, auth.orgId, query);
      return { status: 200, body: toPage(rows.map(toAuditEntry), query.limit) };
    },
  );
}
