import { sql } from 'kysely';
import { newId } from '../../ids';
import type { DbOrTrx } from '../database';
import type { OutgoingWebhookRow } from '../tables/outgoing-webhooks';

/** A webhook's settings as written (the API validated them). Signing is not a column: it comes as a sealed secret. */
export type OutgoingWebhookValues = Pick<
  OutgoingWebhookRow,
  'name' | 'enabled' | 'event_types' | 'method' | 'url' | 'headers' | 'body_format' | 'body_template' | 'filters' | 'retry' | 'timeout_ms' | 'health_policy' | 'rate_limit' | 'notification_channel' | 'alert_template'
> & { signing?: unknown };

/** Signing as columns: a sealed secret to start signing with, or null to stop signing (and forget every secret). */
function signingColumns(sealedSecret: string | null | undefined) {
  if (sealedSecret === undefined) return {};
  return { signing_secret: sealedSecret, previous_signing_secret: null, previous_signing_secret_expires_at: null };
}

/** Input fields as column values: JSON columns serialized, absent fields (in a patch) left out. */
function columnsOf<T extends Partial<OutgoingWebhookValues>>(input: T) {
  const { headers, filters, retry, health_policy, rate_limit, signing: _signing, ...rest } = input;
  return {
    ...rest,
    ...(rate_limit !== undefined && { rate_limit: rate_limit && JSON.stringify(rate_limit) }),
    ...(headers && { headers: JSON.stringify(headers) }),
    ...(filters && { filters: JSON.stringify(filters) }),
    ...(retry && { retry: JSON.stringify(retry) }),
    ...(health_policy && { health_policy: JSON.stringify(health_policy) }),
  };
}

export async function insertOutgoingWebhook(db: DbOrTrx, orgId: string, input: OutgoingWebhookValues, sealedSecret: string | null): Promise<OutgoingWebhookRow> {
  return db
    .insertInto('outgoing_webhooks')
    .values({ ...columnsOf(input), headers: JSON.stringify(input.headers), filters: JSON.stringify(input.filters), retry: JSON.stringify(input.retry), id: newId('whk'), org_id: orgId, signing_secret: sealedSecret })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** `sealedSecret`: undefined leaves signing as it is, a string starts signing with it, null stops signing. */
export async function updateOutgoingWebhook(
  db: DbOrTrx,
  orgId: string,
  id: string,
  patch: Partial<OutgoingWebhookValues>,
  sealedSecret?: string | null,
): Promise<OutgoingWebhookRow | undefined> {
  return db
    .updateTable('outgoing_webhooks')
    .set({ ...columnsOf(patch), ...signingColumns(sealedSecret), version: sql`version + 1`, updated_at: sql`now()` })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** Replaces the signing secret; the old one keeps signing for `graceSeconds`. Undefined if signing is off. */
export async function rotateSigningSecret(db: DbOrTrx, orgId: string, id: string, sealedSecret: string, graceSeconds: number): Promise<OutgoingWebhookRow | undefined> {
  return db
    .updateTable('outgoing_webhooks')
    .set({
      previous_signing_secret: sql`signing_secret`,
      previous_signing_secret_expires_at: sql`now() + make_interval(secs => ${graceSeconds})`,
      signing_secret: sealedSecret,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('signing_secret', 'is not', null)
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
