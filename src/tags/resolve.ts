import type { ResolvedTags, TagDefinitionRule, TagLayers, TagSource, TagSourceType } from '../shared/tags';
import { flattenTagEntries, normalizeTagName, type TagEntry } from '../shared/tag-names';

/**
 * Precedence, lowest first: a later layer overrides an earlier one for the same tag.
 * Landing-page parameters and RTB fields describe the click; SIP headers and the platform's own tags describe
 * the call; incoming-webhook data (pre-call enrichment, post-call `add`) is what the operator sent on purpose,
 * and among webhooks the later post wins.
 *
 * Within one layer, a value reaching a tag through a definition's source beats a value that only carries the
 * tag's name, and among a definition's sources the one listed first wins. Blank values never override: a
 * template or filter treats an empty tag as missing anyway, and removal is what post-call `remove` is for.
 */
export const TAG_PRECEDENCE: readonly TagSourceType[] = ['landing_page', 'rtb', 'sip_header', 'platform', 'incoming_webhook'];

/** A value kept under its own normalized name ranks after every definition's sources. */
const BY_NAME = Number.MAX_SAFE_INTEGER;

interface Target {
  name: string;
  /** Position of the source in its definition; lower wins within a layer. */
  rank: number;
  webhookId?: string;
}

/** Definitions indexed by `type:NORMALIZED_KEY`, the form every raw value is looked up in. */
function indexDefinitions(definitions: readonly TagDefinitionRule[]): Map<string, Target[]> {
  const index = new Map<string, Target[]>();
  for (const definition of definitions) {
    definition.sources.forEach((source, rank) => {
      const at = `${source.type}:${normalizeTagName(source.key)}`;
      const targets = index.get(at) ?? [];
      targets.push({ name: definition.name, rank, webhookId: source.incoming_webhook_id });
      index.set(at, targets);
    });
  }
  return index;
}

/**
 * The call's tags from every source, each with where its value came from. Raw values a definition maps are
 * stored under the definition's name; every other value under its normalized name (`X-Foo` → `X_FOO`).
 * Names in `layers.removed` are dropped last, so a removal outlasts re-resolution.
 */
export function resolveTags(layers: TagLayers, definitions: readonly TagDefinitionRule[] = []): ResolvedTags {
  const index = indexDefinitions(definitions);
  const tags: Record<string, string> = {};
  const sources: Record<string, TagSource> = {};

  const apply = (entries: TagEntry[], origin: Omit<TagSource, 'key'>) => {
    const winners = new Map<string, { value: string; key: string; rank: number }>();
    for (const entry of entries) {
      if (entry.value.trim() === '') continue;
      const mapped = (index.get(`${origin.type}:${entry.name}`) ?? []).filter((t) => !t.webhookId || t.webhookId === origin.webhook_id);
      for (const target of mapped.length > 0 ? mapped : [{ name: entry.name, rank: BY_NAME }]) {
        const current = winners.get(target.name);
        if (!current || target.rank <= current.rank) winners.set(target.name, { value: entry.value, key: entry.path, rank: target.rank });
      }
    }
    for (const [name, { value, key }] of winners) {
      tags[name] = value;
      sources[name] = { ...origin, key };
    }
  };

  for (const type of TAG_PRECEDENCE) {
    if (type !== 'incoming_webhook') apply(flattenTagEntries(layers[type]), { type });
    else for (const post of layers.incoming_webhook) apply(flattenTagEntries(post.data), { type, webhook_id: post.webhook_id, request_id: post.request_id });
  }
  for (const name of layers.removed.map(normalizeTagName)) {
    delete tags[name];
    delete sources[name];
  }
  return { tags, sources };
}
