import { sql } from 'kysely';
import { newId } from '../../ids';
import type { TagDefinitionRule, TagSourceMapping } from '../../shared/tags';
import { tagUsage, type TagUsagePlace } from '../../templates/tag-usage';
import type { DbOrTrx } from '../database';
import type { TagRow } from '../tables/tags';

/** A tag definition as written (the API validated it). */
export interface TagValues {
  name: string;
  display_name?: string;
  description: string;
  sources: TagSourceMapping[];
}

/** `HOMEOWNER` → `homeowner`, `GEO_CITY` → `geo city`: the label a definition gets when none is given. */
function defaultDisplayName(name: string): string {
  return name.toLowerCase().replace(/_/g, ' ');
}

/** True when an insert or update failed because the organization already has a tag with that name. */
export function isTagNameTaken(err: unknown): boolean {
  const pgError = err as { code?: string; constraint?: string };
  return pgError.code === '23505' && pgError.constraint === 'tags_org_name';
}

export async function insertTag(db: DbOrTrx, orgId: string, input: TagValues): Promise<TagRow> {
  return db
    .insertInto('tags')
    .values({
      id: newId('tag'),
      org_id: orgId,
      name: input.name,
      display_name: input.display_name ?? defaultDisplayName(input.name),
      description: input.description,
      sources: JSON.stringify(input.sources),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateTag(db: DbOrTrx, orgId: string, id: string, patch: Partial<TagValues>): Promise<TagRow | undefined> {
  const { sources, ...rest } = patch;
  return db
    .updateTable('tags')
    .set({ ...rest, ...(sources && { sources: JSON.stringify(sources) }), updated_at: sql`now()` })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function findTag(db: DbOrTrx, orgId: string, id: string): Promise<TagRow | undefined> {
  return db.selectFrom('tags').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function listTags(db: DbOrTrx, orgId: string, page: { limit: number; cursor?: string }): Promise<TagRow[]> {
  let query = db.selectFrom('tags').selectAll().where('org_id', '=', orgId);
  if (page.cursor) query = query.where('id', '>', page.cursor);
  return query.orderBy('id').limit(page.limit + 1).execute();
}

export async function deleteTag(db: DbOrTrx, orgId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('tags').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Every tag of the organization, by name, for listings that are not paged (event types, the template editor). */
export async function listAllTags(db: DbOrTrx, orgId: string): Promise<TagRow[]> {
  return db.selectFrom('tags').selectAll().where('org_id', '=', orgId).orderBy('name').execute();
}

/** The organization's tag names: tokens a template may use without being "unknown". */
export async function organizationTagNames(db: DbOrTrx, orgId: string): Promise<string[]> {
  const rows = await db.selectFrom('tags').select('name').where('org_id', '=', orgId).orderBy('name').execute();
  return rows.map((r) => r.name);
}

/** What the resolver needs of the organization's definitions. */
export async function loadTagDefinitions(db: DbOrTrx, orgId: string): Promise<TagDefinitionRule[]> {
  const rows = await db.selectFrom('tags').select(['name', 'sources']).where('org_id', '=', orgId).orderBy('name').execute();
  return rows.map((row) => ({ name: row.name, sources: row.sources }));
}

export interface WebhookUsingTag {
  id: string;
  name: string;
  used_in: TagUsagePlace[];
}

/** The organization's outgoing webhooks whose URL, headers, body template or filters refer to the tag. */
export async function findWebhooksUsingTag(db: DbOrTrx, orgId: string, tagName: string): Promise<WebhookUsingTag[]> {
  // The text match only narrows the scan; tagUsage decides (filters match case-insensitively, hence ilike).
  const pattern = `%${tagName.replace(/[\\%_]/g, '\\$&')}%`;
  const rows = await db
    .selectFrom('outgoing_webhooks')
    .select(['id', 'name', 'url', 'headers', 'body_template', 'filters'])
    .where('org_id', '=', orgId)
    .where(sql<boolean>`concat_ws(' ', url, headers::text, body_template, filters::text) ilike ${pattern}`)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name, used_in: tagUsage(row, tagName) })).filter((webhook) => webhook.used_in.length > 0);
}
