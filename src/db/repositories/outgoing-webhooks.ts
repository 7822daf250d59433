import { sql } from 'kysely';
import type { OutgoingWebhook, OutgoingWebhookInput } from '../../api/schemas/outgoing-webhook';
import { newId } from '../../ids';
import type { DbOrTrx } from '../database';
import type { OutgoingWebhookRow } from '../tables/outgoing-webhooks';

export function toOutgoingWebhook(row: OutgoingWebhookRow): OutgoingWebhook {
  return {
    id: row.id,
    name: row.name,
    enabled: row.enabled,
    event_types: row.event_types as OutgoingWebhook['event_types'],
    method: row.method as OutgoingWebhook['method'],
    url: row.url,
    headers: row.headers,
    body_format: row.body_format as OutgoingWebhook['body_format'],
    body_template: row.body_template,
    filters: row.filters,
    retry: row.retry,
    timeout_ms: row.timeout_ms,
    version: row.version,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/** A patch as column values: JSON columns serialized, absent fields left out. */
function patchColumns(input: Partial<OutgoingWebhookInput>) {
  const { headers, filters, retry, ...rest } = input;
  return {
    ...rest,
    ...(headers && { headers: JSON.stringify(headers) }),
    ...(filters && { filters: JSON.stringify(filters) }),
    ...(retry && { retry: JSON.stringify(retry) }),
  };
}

export async function insertOutgoingWebhook(db: DbOrTrx, orgId: string, input: OutgoingWebhookInput): Promise<OutgoingWebhookRow> {
  const { headers, filters, retry, ...rest } = input;
  return db
    .insertInto('outgoing_webhooks')
    .values({ ...rest, id: newId('whk'), org_id: orgId, headers: JSON.stringify(headers), filters: JSON.stringify(filters), retry: JSON.stringify(retry) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateOutgoingWebhook(db: DbOrTrx, orgId: string, id: string, patch: Partial<OutgoingWebhookInput>): Promise<OutgoingWebhookRow | undefined> {
  return db
    .updateTable('outgoing_webhooks')
    .set({ ...patchColumns(patch), version: sql`version + 1`, updated_at: sql`now()` })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function findOutgoingWebhook(db: DbOrTrx, orgId: string, id: string): Promise<OutgoingWebhookRow | undefined> {
  return db.selectFrom('outgoing_webhooks').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function listOutgoingWebhooks(db: DbOrTrx, orgId: string, page: { limit: number; cursor?: string }): Promise<OutgoingWebhookRow[]> {
  let query = db.selectFrom('outgoing_webhooks').selectAll().where('org_id', '=', orgId);
  if (page.cursor) query = query.where('id', '>', page.cursor);
  return query.orderBy('id').limit(page.limit + 1).execute();
}

export async function deleteOutgoingWebhook(db: DbOrTrx, orgId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('outgoing_webhooks').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
