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
  incoming_webhook: Array<{ webhook_id: string; request_id: string; data: Record<string, string> }>;
  /** Tag names a post-call update removed; they stay removed until a later source sets them again. */
  removed: string[];
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
