import type { ResolvedTags, TagLayers } from '../shared/tags';
import { resolveTags } from '../tags/resolve';

/** Resolves a call's tag layers into its tags; an activity because tag definitions live in the database. */
export function createResolveCallTags() {
  return async function resolveCallTags(input: { orgId: string; layers: TagLayers }): Promise<ResolvedTags> {
    return resolveTags(input.layers);
  };
}
