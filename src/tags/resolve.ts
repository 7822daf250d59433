import type { ResolvedTags, TagLayers, TagSource, TagSourceType } from '../shared/tags';
import { flattenToTags } from '../shared/tag-names';

/**
 * Precedence, lowest first: a later layer overrides an earlier one for the same tag.
 * Landing-page parameters and RTB fields describe the click; SIP headers and the platform's own tags describe
 * the call; incoming-webhook data (pre-call enrichment, post-call `add`) is what the operator sent on purpose,
 * and among webhooks the later post wins.
 */
export const TAG_PRECEDENCE: readonly TagSourceType[] = ['landing_page', 'rtb', 'sip_header', 'platform', 'incoming_webhook'];

/** The call's tags from every source, each with where its value came from. */
export function resolveTags(layers: TagLayers): ResolvedTags {
  const tags: Record<string, string> = {};
  const sources: Record<string, TagSource> = {};
  const set = (values: Record<string, string>, source: Omit<TagSource, 'key'>, keys: Record<string, string>) => {
    for (const [name, value] of Object.entries(values)) {
      tags[name] = value;
      sources[name] = { ...source, key: keys[name] ?? name };
    }
  };
  const flat = (raw: Record<string, unknown>) => {
    const values = flattenToTags(raw);
    return { values, keys: Object.fromEntries(Object.keys(values).map((k) => [k, k])) };
  };
  for (const type of TAG_PRECEDENCE) {
    if (type === 'incoming_webhook') {
      for (const post of layers.incoming_webhook) set(flat(post.data).values, { type, webhook_id: post.webhook_id, request_id: post.request_id }, {});
    } else {
      const { values, keys } = flat(layers[type]);
      set(values, { type }, keys);
    }
  }
  for (const name of layers.removed) {
    delete tags[name];
    delete sources[name];
  }
  return { tags, sources };
}
