import type { Db } from '../db/database';
import { ingressKeyLookups } from '../observability/metrics';
import { KeptBySecret } from '../security/kept-by-secret';
import { findLiveCallsOfCallers, type CallerKey } from '../db/repositories/calls';
import { findWebhooksByKeys, type IngressWebhook } from '../db/repositories/incoming-webhooks';
import { BatchedLookup } from './rounds';

/**
 * The ingress's per-request reads. Webhooks by key are kept in memory between changes; the call index is read
 * for each request, but requests that arrive together share one query (a round trip per request would cost more
 * than the group-committed write).
 */
export function ingressLookups(db: Db) {
  const webhooks = new KeptBySecret(batched<string, IngressWebhook | undefined>((keys) => findWebhooksByKeys(db, keys)), {
    // A previous key no longer than its grace period.
    keepUntil: (webhook) => (webhook ? (webhook.key_expires_at?.getTime() ?? Infinity) : undefined),
    counted: (source) => ingressKeyLookups.inc({ source }),
  });
  const liveCalls = batched<CallerKey, string[]>((callers) => findLiveCallsOfCallers(db, callers));
  return {
    /** The webhook a presented auth key opens. */
    webhookByKey: (key: string) => webhooks.get(key),
    /** Workflow ids of the caller's calls in progress, from the call index. */
    liveCallsOf: (orgId: string, caller: string) => liveCalls({ org_id: orgId, caller }),
    /** Webhooks by key, kept between changes (see src/api/config-changes.ts). */
    webhookKeys: webhooks,
  };
}

function batched<K, V>(fetch: (keys: K[]) => Promise<V[]>): (key: K) => Promise<V> {
  const lookup = new BatchedLookup(fetch);
  return (key) => lookup.get(key);
}

export type IngressLookups = ReturnType<typeof ingressLookups>;
