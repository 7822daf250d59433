import { INGRESS_CONFIG_CHANNEL } from '../db/channels';
import type { Db } from '../db/database';
import { listen } from '../db/listen';
import { findLiveCallsOfCallers, type CallerKey } from '../db/repositories/calls';
import { findWebhooksByKeys, type IngressWebhook } from '../db/repositories/incoming-webhooks';
import { BatchedLookup } from './rounds';
import { WebhookKeyCache } from './webhook-keys';

/**
 * The ingress's per-request reads. Webhooks by key are kept in memory between changes; the call index is read
 * for each request, but requests that arrive together share one query (a round trip per request would cost more
 * than the group-committed write).
 */
export function ingressLookups(db: Db) {
  const webhooks = new WebhookKeyCache(batched<string, IngressWebhook | undefined>((keys) => findWebhooksByKeys(db, keys)));
  const liveCalls = batched<CallerKey, string[]>((callers) => findLiveCallsOfCallers(db, callers));
  return {
    /** The webhook a presented auth key opens. */
    webhookByKey: (key: string) => webhooks.get(key),
    /** Workflow ids of the caller's calls in progress, from the call index. */
    liveCallsOf: (orgId: string, caller: string) => liveCalls({ org_id: orgId, caller }),
    /** This process changed a webhook or an organization: its next request must not see the state before. */
    webhooksChanged: () => webhooks.forget(),
    /** Keeps webhooks in memory from now on, dropping them on every change any process makes. */
    followChanges: () => listen(db, INGRESS_CONFIG_CHANNEL, { notified: () => webhooks.forget(), listening: (holds) => webhooks.notifying(holds) }),
  };
}

function batched<K, V>(fetch: (keys: K[]) => Promise<V[]>): (key: K) => Promise<V> {
  const lookup = new BatchedLookup(fetch);
  return (key) => lookup.get(key);
}

export type IngressLookups = ReturnType<typeof ingressLookups>;
