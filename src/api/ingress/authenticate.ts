import type { IngressWebhook } from '../../db/repositories/incoming-webhooks';
import type { IncomingWebhookType } from '../../db/tables/incoming';
import { Problem } from '../problem';
import type { RequestLimits } from '../rate-limits';
import type { IngressRequest } from './request';

/** The key as a sender may present it: `X-Auth-Key`, `Authorization: Bearer`, or `auth_key` in the query. */
export function presentedKey(req: Pick<IngressRequest, 'headers' | 'query'>): string | undefined {
  const header = req.headers['x-auth-key'];
  if (typeof header === 'string' && header.trim()) return header.trim();
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
  if (bearer) return bearer;
  for (const [name, value] of Object.entries(req.query)) {
    if (name.toLowerCase() !== 'auth_key') continue;
    const key = Array.isArray(value) ? value[value.length - 1] : value;
    if (typeof key === 'string' && key.trim()) return key.trim();
  }
  return undefined;
}

const unauthorized = (detail: string) => new Problem(401, 'Unauthorized', detail, { headers: { 'WWW-Authenticate': 'Bearer realm="ingress"' } });

/**
 * The webhook a request's key opens for this path: 401 for no key, an unknown key or a key of another
 * type's path (the same answer, so a key's type is not revealed), 403 when the webhook or its organization is
 * disabled, 429 past the rate limits (the webhook's key, the client address, refused keys from the address).
 * `matched` learns the key's webhook even when the request is refused.
 */
export async function authenticateIngress(
  webhookByKey: (key: string) => Promise<IngressWebhook | undefined>,
  limits: RequestLimits,
  presented: { key: string | undefined; address: string },
  type: IncomingWebhookType,
  matched: (webhook: IngressWebhook) => void,
): Promise<IngressWebhook> {
  const { key, address } = presented;
  if (!key) throw unauthorized('An auth key is required: the auth_key query parameter, an X-Auth-Key header or Authorization: Bearer');
  limits.assertNotLockedOut(address);
  const webhook = await webhookByKey(key);
  // Even a refused request is logged against the webhook its key belongs to, so its operator sees it.
  if (webhook) matched(webhook);
  if (!webhook || webhook.type !== type) {
    limits.countRefusal(address);
    throw unauthorized('The auth key is not valid for this URL');
  }
  if (!webhook.organization_enabled) throw new Problem(403, 'Forbidden', "This incoming webhook's organization is disabled");
  if (!webhook.enabled) throw new Problem(403, 'Forbidden', 'This incoming webhook is disabled');
  limits.assertIngressAllowed(webhook, address);
  return webhook;
}
