import { sql } from 'kysely';
import type { Enrichment } from '../../shared/messages';
import type { Db, DbOrTrx } from '../database';
import type { HeldPost, PreCallDataRow } from '../tables/pre-call-data';

/** One accepted `/call-data` post. */
export interface PreCallPost {
  org_id: string;
  caller: string;
  webhook_id: string;
  request_id: string;
  received_at: string;
  data: Record<string, string>;
  lifespan_seconds: number;
  transaction_id?: string;
}

export interface SavedPreCallPost {
  expires_at: Date;
  /** The transaction id was already applied while the data lived: nothing changed. */
  duplicate: boolean;
  /** What a live call from the caller must have because of this request: the post, or for a repeat all the webhook holds. */
  enrichments: Enrichment[];
}

/** Transaction ids kept per row; as many as the caller workflow used to keep. */
const MAX_TRANSACTION_IDS = 1000;

type Key = Pick<PreCallPost, 'org_id' | 'caller' | 'webhook_id'>;
const keyOf = (k: Key) => `${k.org_id}\u0000${k.caller}\u0000${k.webhook_id}`;

/**
 * Merges posts into their rows, in order. A later post wins per tag and restarts the lifespan (never shortening
 * it); a row past its expiry starts afresh; a transaction id seen while the row lived changes nothing.
 * One statement per "wave": a statement may touch a row once, so repeated keys go to later waves.
 */
export async function savePreCallPosts(db: DbOrTrx, posts: PreCallPost[]): Promise<SavedPreCallPost[]> {
  const saved: Array<SavedPreCallPost | undefined> = new Array(posts.length);
  const repeats: number[] = [];
  for (const wave of waves(posts)) {
    const stored = new Map((await upsertWave(db, wave.map((i) => posts[i]))).map((row) => [keyOf(row), row.expires_at]));
    for (const i of wave) {
      const expiresAt = stored.get(keyOf(posts[i]));
      if (!expiresAt) repeats.push(i);
      else saved[i] = { expires_at: expiresAt, duplicate: false, enrichments: [enrichment(posts[i].webhook_id, posts[i], expiresAt)] };
    }
  }
  if (repeats.length > 0) {
    const rows = new Map((await findRows(db, repeats.map((i) => posts[i]))).map((row) => [keyOf(row), row]));
    for (const i of repeats) {
      const row = rows.get(keyOf(posts[i]))!;
      saved[i] = { expires_at: row.expires_at, duplicate: true, enrichments: enrichmentsOf(row) };
    }
  }
  return saved as SavedPreCallPost[];
}

/** The caller's unexpired pre-call data from every webhook, oldest post first (a later post wins per tag). */
export async function heldPreCallData(db: DbOrTrx, orgId: string, caller: string): Promise<Enrichment[]> {
  const rows = await db
    .selectFrom('pre_call_data')
    .select(['webhook_id', 'posts', 'expires_at'])
    .where('org_id', '=', orgId)
    .where('caller', '=', caller)
    .where('expires_at', '>', sql<Date>`now()`)
    .execute();
  return rows.flatMap(enrichmentsOf).sort((a, b) => a.received_at.localeCompare(b.received_at) || a.request_id.localeCompare(b.request_id));
}

/** Deletes up to `limit` expired rows; rows a writer holds right now are left for the next run. */
export async function deleteExpiredPreCallRows(db: Db, limit: number): Promise<number> {
  const result = await sql`
    delete from pre_call_data where (org_id, caller, webhook_id) in (
      select org_id, caller, webhook_id from pre_call_data where expires_at <= now() limit ${limit} for update skip locked
    )`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Indexes of the posts per wave: the first post of each key, then the second, and so on. */
function waves(posts: PreCallPost[]): number[][] {
  const seen = new Map<string, number>();
  const out: number[][] = [];
  posts.forEach((post, i) => {
    const n = seen.get(keyOf(post)) ?? 0;
    seen.set(keyOf(post), n + 1);
    (out[n] ??= []).push(i);
  });
  return out;
}

/** Rows the wave inserted or merged into; a repeated transaction id is not among them. */
async function upsertWave(db: DbOrTrx, posts: PreCallPost[]): Promise<Array<Key & { expires_at: Date }>> {
  const input = JSON.stringify(
    posts.map((p) => ({
      org_id: p.org_id,
      caller: p.caller,
      webhook_id: p.webhook_id,
      post: { request_id: p.request_id, received_at: p.received_at, data: p.data } satisfies HeldPost,
      transaction_id: p.transaction_id ?? null,
      lifespan_seconds: p.lifespan_seconds,
    })),
  );
  // Rows are locked in key order, so two API processes writing the same callers cannot deadlock within a wave.
  const { rows } = await sql<Key & { expires_at: Date }>`
    insert into pre_call_data as d (org_id, caller, webhook_id, posts, transaction_ids, expires_at, updated_at)
    select i.org_id, i.caller, i.webhook_id, jsonb_build_array(i.post),
           case when i.transaction_id is null then '{}'::text[] else array[i.transaction_id] end,
           now() + make_interval(secs => i.lifespan_seconds), now()
    from jsonb_to_recordset(${input}::jsonb) as i(org_id text, caller text, webhook_id text, post jsonb, transaction_id text, lifespan_seconds int)
    order by i.org_id, i.caller, i.webhook_id
    on conflict (org_id, caller, webhook_id) do update set
      posts = case when d.expires_at <= now() then excluded.posts else coalesce((
          -- Earlier posts keep only the tags the new one does not set, and drop out once they set none.
          select jsonb_agg(jsonb_set(e.post, '{data}', (e.post -> 'data') - k.tags) order by e.n)
          from jsonb_array_elements(d.posts) with ordinality as e(post, n),
               (select array(select jsonb_object_keys(excluded.posts -> 0 -> 'data')) as tags) as k
          where (e.post -> 'data') - k.tags <> '{}'::jsonb
        ), '[]'::jsonb) || excluded.posts end,
      transaction_ids = case when d.expires_at <= now() then excluded.transaction_ids
        else (d.transaction_ids || excluded.transaction_ids)[greatest(1, cardinality(d.transaction_ids) + cardinality(excluded.transaction_ids) - ${sql.lit(MAX_TRANSACTION_IDS - 1)}):] end,
      -- A shorter lifespan never cuts short data an earlier post asked to keep longer.
      expires_at = case when d.expires_at <= now() then excluded.expires_at else greatest(d.expires_at, excluded.expires_at) end,
      updated_at = now()
    where d.expires_at <= now() or not (d.transaction_ids && excluded.transaction_ids)
    returning org_id, caller, webhook_id, expires_at`.execute(db);
  return rows;
}

async function findRows(db: DbOrTrx, keys: Key[]): Promise<PreCallDataRow[]> {
  return db
    .selectFrom('pre_call_data')
    .selectAll()
    .where(sql<boolean>`(org_id, caller, webhook_id) in (select * from unnest(${keys.map((k) => k.org_id)}::text[], ${keys.map((k) => k.caller)}::text[], ${keys.map((k) => k.webhook_id)}::text[]))`)
    .execute();
}

function enrichmentsOf(row: Pick<PreCallDataRow, 'webhook_id' | 'posts' | 'expires_at'>): Enrichment[] {
  return row.posts.map((post) => enrichment(row.webhook_id, post, row.expires_at));
}

function enrichment(webhookId: string, post: HeldPost, expiresAt: Date): Enrichment {
  return { webhook_id: webhookId, request_id: post.request_id, received_at: post.received_at, data: post.data, expires_at: expiresAt.toISOString() };
}
