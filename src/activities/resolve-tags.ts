import type { Db } from '../db/database';
import { loadTagDefinitions } from '../db/repositories/tags';
import type { ResolvedTags, TagDefinitionRule, TagLayers } from '../shared/tags';
import { resolveTags } from '../tags/resolve';

/**
 * How long a worker reuses an organization's definitions. The activity runs on every layer change of every
 * call, so a short cache spares the database; an edited definition reaches calls within these few seconds.
 */
export const TAG_DEFINITIONS_CACHE_MS = 5_000;

/** Resolves a call's tag layers into its tags; an activity because tag definitions live in the database. */
export function createResolveCallTags(db: Db, cacheMs = TAG_DEFINITIONS_CACHE_MS) {
  const cache = new Map<string, { expiresAt: number; definitions: Promise<TagDefinitionRule[]> }>();

  const definitionsOf = (orgId: string): Promise<TagDefinitionRule[]> => {
    const now = Date.now();
    const cached = cache.get(orgId);
    if (cached && cached.expiresAt > now) return cached.definitions;
    for (const [key, entry] of cache) if (entry.expiresAt <= now) cache.delete(key);
    // The promise is cached so concurrent calls of one organization share a single query.
    const entry = { expiresAt: now + cacheMs, definitions: loadTagDefinitions(db, orgId) };
    cache.set(orgId, entry);
    // A failed load is not remembered: the activity's retry queries again.
    void entry.definitions.catch(() => cache.get(orgId) === entry && cache.delete(orgId));
    return entry.definitions;
  };

  return async function resolveCallTags(input: { orgId: string; layers: TagLayers }): Promise<ResolvedTags> {
    return resolveTags(input.layers, await definitionsOf(input.orgId));
  };
}
