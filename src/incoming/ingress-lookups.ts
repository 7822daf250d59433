import type { Db } from '../db/database';
import { findLiveCallsOfCallers, type CallerKey } from '../db/repositories/calls';
import { findWebhooksByKeys, type IngressWebhook } from '../db/repositories/incoming-webhooks';
import { BatchedLookup } from './rounds';

/**
 * The ingress's per-request reads, each shared by the requests that arrive together: one query per round
 * instead of one per request (a round trip per request would cost more than the group-committed write).
 */
export function ingressLookups(db: Db) {
  const webhooks = new BatchedLookup<string, IngressWebhook | undefined>((keys) => findWebhooksByKeys(db, keys));
  const liveCalls = new BatchedLookup<CallerKey, string[]>((callers) => findLiveCallsOfCallers(db, callers));
  return {
    /** The webhook a presented auth key opens. */
    webhookByKey: (key: string) => webhooks.get(key),
    /** Workflow ids of the caller's calls in progress, from the call index. */
    liveCallsOf: (orgId: string, caller: string) => liveCalls.get({ org_id: orgId, caller }),
  };
}

export type IngressLookups = ReturnType<typeof ingressLookups>;
