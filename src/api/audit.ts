import type { Transaction } from 'kysely';
import { fieldChanges, type AuditAction, type AuditResource } from '../audit/changes';
import type { Db } from '../db/database';
import { insertAuditEntry } from '../db/repositories/audit-log';
import type { Database } from '../db/schema';
import type { Principal } from '../security/roles';

export type Trx = Transaction<Database>;

/** A change a route made, described with the resource's API view before and after. */
export interface AuditedChange<R> {
  /** What the route answers with. */
  result: R;
  action: AuditAction;
  resource: AuditResource;
  id: string;
  name: string;
  /** Absent for a create. */
  before?: object;
  /** Absent for a delete. */
  after?: object;
  /** The organization whose log records it when not the token's own (the instance admin's changes). */
  orgId?: string;
}

/** Runs a change and records it in the audit log, in one transaction: both are durable, or neither is. */
export type Audited = <R>(apply: (trx: Trx) => Promise<AuditedChange<R>>) => Promise<R>;

/** `committed` learns what changed once it is committed, for what the process keeps in memory. */
export function auditorFor(db: Db, principal: Principal, requestId: string | undefined, committed: (resource: AuditResource) => void): Audited {
  return async (apply) => {
    let resource: AuditResource | undefined;
    const result = await db.transaction().execute(async (trx) => {
      const change = await apply(trx);
      resource = change.resource;
      await insertAuditEntry(trx, {
        org_id: change.orgId ?? principal.orgId,
        actor_token_id: principal.tokenId,
        actor_name: principal.tokenName,
        actor_role: principal.instanceAdmin ? 'instance_admin' : principal.role,
        action: change.action,
        resource_type: change.resource,
        resource_id: change.id,
        resource_name: change.name,
        changes: JSON.stringify(fieldChanges(change.before, change.after)),
        request_id: requestId ?? null,
      });
      return change.result;
    });
    if (resource) committed(resource);
    return result;
  };
}

/** The usual change: described by API views, answering with the view after it (before it, for a delete). */
export function changeOf<V extends { id: string; name: string }>(resource: AuditResource, action: AuditAction, views: { before?: V; after?: V }): AuditedChange<V> {
  const subject = views.after ?? views.before;
  if (!subject) throw new Error('an audited change needs a view before or after it');
  return { result: subject, action, resource, id: subject.id, name: subject.name, ...views };
}
