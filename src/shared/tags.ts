// Tag vocabulary shared by the call workflow (which keeps each source's raw values) and the activities that
// resolve them against the organization's tag definitions. Sandbox-safe.

export const TAG_SOURCE_TYPES = ['platform', 'sip_header', 'rtb', 'landing_page', 'incoming_webhook'] as const;
export type TagSourceType = (typeof TAG_SOURCE_TYPES)[number];

/** Raw values a call has collected, kept per source so tags can be re-resolved whenever one changes. */
export interface TagLayers {
  platform: Record<string, string>;
  sip_header: Record<string, string>;
  rtb: Record<string, unknown>;
  landing_page: Record<string, unknown>;
  /** Enrichment (pre-call data) and post-call `add`s, keyed by incoming webhook id, in arrival order. */
  incoming_webhook: IncomingWebhookLayerEntry[];
  /** Tag names a post-call update removed; they stay removed until a later source sets them again. */
  removed: string[];
}

export interface IncomingWebhookLayerEntry {
  webhook_id: string;
  request_id: string;
  data: Record<string, string>;
  /** Pre-call posts only: when the ingress received the post, which orders them. */
  received_at?: string;
}

export function emptyTagLayers(): TagLayers {
  return { platform: {}, sip_header: {}, rtb: {}, landing_page: {}, incoming_webhook: [], removed: [] };
}

/** Where a resolved tag's value came from. */
export interface TagSource {
  type: TagSourceType;
  key: string;
  webhook_id?: string;
  request_id?: string;
}

export interface ResolvedTags {
  tags: Record<string, string>;
  sources: Record<string, TagSource>;
}

/** Which raw value feeds a defined tag: a SIP header, RTB field, landing-page parameter, platform tag or webhook parameter. */
export interface TagSourceMapping {
  type: TagSourceType;
  /** Header or parameter name; nested fields as `geo.city` or `geo_city`. Matched after normalization. */
  key: string;
  /** For `incoming_webhook`: only posts from this webhook; any webhook when absent. */
  incoming_webhook_id?: string;
}

/** What the resolver needs of an organization's tag definition. */
export interface TagDefinitionRule {
  name: string;
  sources: TagSourceMapping[];
}

/** One difference between two resolutions of a call's tags, for the call's timeline. */
export interface TagChange {
  name: string;
  change: 'set' | 'changed' | 'removed';
  value?: string;
  previous?: string;
  /** Where the new value came from; absent for a removal. */
  source?: TagSource;
}

/** What changed from `before` to `after`, in tag-name order: new tags, new values or sources, removed tags. */
export function tagChanges(before: ResolvedTags, after: ResolvedTags): TagChange[] {
  const names = [...new Set([...Object.keys(before.tags), ...Object.keys(after.tags)])].sort();
  const changes: TagChange[] = [];
  for (const name of names) {
    const had = Object.prototype.hasOwnProperty.call(before.tags, name);
    const has = Object.prototype.hasOwnProperty.call(after.tags, name);
    if (!has) changes.push({ name, change: 'removed', previous: before.tags[name] });
    else if (!had) changes.push({ name, change: 'set', value: after.tags[name], source: after.sources[name] });
    else if (before.tags[name] !== after.tags[name] || !sameSource(before.sources[name], after.sources[name])) {
      changes.push({ name, change: 'changed', value: after.tags[name], previous: before.tags[name], source: after.sources[name] });
    }
  }
  return changes;
}

function sameSource(a: TagSource | undefined, b: TagSource | undefined): boolean {
  return a?.type === b?.type && a?.key === b?.key && a?.webhook_id === b?.webhook_id && a?.request_id === b?.request_id;
}
