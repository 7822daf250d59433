import {
  deleteTag,
  findTag,
  findWebhooksUsingTag,
  insertTag,
  isTagNameTaken,
  listTags,
  updateTag,
} from '../../db/repositories/tags';
import type { Db } from '../../db/database';
import type { TagRow } from '../../db/tables/tags';
import { changeOf } from '../audit';
import type { ApiContext } from '../context';
import { conflict, notFound } from '../problem';
import type { ApiRoutes } from '../route';
import { idParams, page, paginationQuery, patchOf, problemSchema, toPage } from '../schemas/common';
import { tagInput, tagConflictSchema, tagSchema, toTag } from '../schemas/tag';

const tag = 'Tags';

/**
 * Renaming or deleting a tag that an outgoing webhook's template or filters use is refused (409, naming the
 * webhooks) rather than cascaded: rewriting templates would silently change payloads that third parties parse,
 * and a Liquid template cannot be rewritten reliably. The operator edits the webhooks first, then retries.
 */
async function refuseIfUsed(db: Db, orgId: string, row: TagRow, action: 'renamed' | 'deleted'): Promise<void> {
  const webhooks = await findWebhooksUsingTag(db, orgId, row.name);
  if (webhooks.length === 0) return;
  const names = webhooks.map((w) => `"${w.name}" (${w.id}: ${w.used_in.join(', ')})`).join('; ');
  throw conflict(`Tag ${row.name} cannot be ${action}: outgoing webhooks use it: ${names}. Change those webhooks first.`, { webhooks });
}

/** Inserts or updates, turning a name clash within the organization into a 409 that names the field. */
async function uniquely<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isTagNameTaken(err)) throw conflict(`A tag named ${name} already exists`, { errors: [{ path: 'body.name', message: 'is already taken' }] });
    throw err;
  }
}

export function tagRoutes(routes: ApiRoutes, { db }: ApiContext): void {
  routes.add(
    {
      method: 'post', path: '/tags', tag, summary: 'Define a tag', body: tagInput,
      responses: {
        201: { description: 'Created', schema: tagSchema },
        400: { description: 'Invalid input', schema: problemSchema },
        422: { description: 'The same source listed twice', schema: problemSchema },
        409: { description: 'The name is taken', schema: tagConflictSchema },
      },
    },
    async ({ auth, body, audited }) => ({
      status: 201,
      body: await audited(async (trx) => changeOf('tag', 'created', { after: toTag(await uniquely(body.name, () => insertTag(trx, auth.orgId, body))) })),
    }),
  );

  routes.add(
    {
      method: 'get', path: '/tags', tag, summary: 'List tag definitions', query: paginationQuery,
      responses: { 200: { description: 'A page of tags', schema: page(tagSchema) } },
    },
    async ({ auth, query }) => {
      const rows = await listTags(db, auth.orgId, query);
      return { status: 200, body: toPage(rows.map(toTag), query.limit) };
    },
  );

  routes.add(
    {
      method: 'get', path: '/tags/:id', tag, summary: 'Get a tag definition', params: idParams,
      responses: { 200: { description: 'The tag', schema: tagSchema }, 404: { description: 'Not found', schema: problemSchema } },
    },
    async ({ auth, params }) => {
      const row = await findTag(db, auth.orgId, params.id);
      if (!row) throw notFound(`Tag ${params.id}`);
      return { status: 200, body: toTag(row) };
    },
  );

  routes.add(
    {
      method: 'patch', path: '/tags/:id', tag, params: idParams, body: patchOf(tagInput),
      summary: 'Change a tag definition (a rename is refused with 409 while outgoing webhooks use the old name)',
      responses: {
        200: { description: 'The changed tag', schema: tagSchema },
        422: { description: 'The same source listed twice', schema: problemSchema },
        404: { description: 'Not found', schema: problemSchema },
        409: { description: 'The new name is taken, or webhooks use the old name', schema: tagConflictSchema },
      },
    },
    async ({ auth, params, body, audited }) => {
      const current = await findTag(db, auth.orgId, params.id);
      if (!current) throw notFound(`Tag ${params.id}`);
      if (body.name !== undefined && body.name !== current.name) await refuseIfUsed(db, auth.orgId, current, 'renamed');
      const changed = await audited(async (trx) => {
        const row = await uniquely(body.name, () => updateTag(trx, auth.orgId, params.id, body));
        if (!row) throw notFound(`Tag ${params.id}`);
        return changeOf('tag', 'updated', { before: toTag(current), after: toTag(row) });
      });
      return { status: 200, body: changed };
    },
  );

  routes.add(
    {
      method: 'delete', path: '/tags/:id', tag, params: idParams,
      summary: 'Delete a tag definition (refused with 409 while outgoing webhooks use it)',
      responses: {
        204: { description: 'Deleted' },
        404: { description: 'Not found', schema: problemSchema },
        409: { description: 'Outgoing webhooks use the tag', schema: tagConflictSchema },
      },
    },
    async ({ auth, params, audited }) => {
      const current = await findTag(db, auth.orgId, params.id);
      if (!current) throw notFound(`Tag ${params.id}`);
      await refuseIfUsed(db, auth.orgId, current, 'deleted');
      await audited(async (trx) => {
        if (!(await deleteTag(trx, auth.orgId, params.id))) throw notFound(`Tag ${params.id}`);
        return changeOf('tag', 'deleted', { before: toTag(current) });
      });
      return { status: 204 };
    },
  );
}
