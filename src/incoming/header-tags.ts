import type { IncomingHttpHeaders } from 'node:http';
import type { HeaderTagMode } from '../db/tables/incoming';
import { isSecretHeader } from '../security/redact';
import { normalizeTagName } from '../shared/tag-names';

/**
 * Headers that describe the connection, not the sender's data (RFC 9110 §7.6.1 hop-by-hop, plus framing and
 * routing): never tags, whatever the webhook allows.
 */
const TRANSPORT = new Set([
  'connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade',
  'host', 'content-length', 'expect',
]);

export interface HeaderTagRule {
  mode: HeaderTagMode;
  /** Header names (any case) that become tags in `allow` mode. */
  allow: readonly string[];
}

/**
 * A request's headers as tags under the webhook's rule: the name normalized like a parameter's (`X-Lead-Source`
 * → `X_LEAD_SOURCE`), repeated values joined with ", ". Credentials (as the request log redacts them), cookies
 * and hop-by-hop headers (including those the Connection header names) never become tags.
 */
export function headerTags(headers: IncomingHttpHeaders, rule: HeaderTagRule): Record<string, string> {
  if (rule.mode === 'none') return {};
  const allowed = new Set(rule.allow.map((name) => name.toLowerCase()));
  const declaredHopByHop = new Set(String(headers.connection ?? '').split(',').map((name) => name.trim().toLowerCase()));
  const tags: Record<string, string> = {};
  for (const [raw, value] of Object.entries(headers)) {
    const name = raw.toLowerCase();
    if (value === undefined || TRANSPORT.has(name) || declaredHopByHop.has(name) || isSecretHeader(name)) continue;
    if (rule.mode === 'allow' && !allowed.has(name)) continue;
    const tag = normalizeTagName(name);
    const text = (Array.isArray(value) ? value.join(', ') : value).trim();
    if (tag && text) tags[tag] = text;
  }
  return tags;
}
