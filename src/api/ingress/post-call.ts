import { claimHeldPostback, heldChange, holdPostback, releaseHeldPostback } from '../../db/repositories/held-postbacks';
import type { IngressWebhook } from '../../db/repositories/incoming-webhooks';
import { findPostCallTarget, type PostCallTarget } from '../../incoming/call-lookup';
import type { PostCallInput } from '../../incoming/parameters';
import type { HeldPostbackRow } from '../../db/tables/held-postbacks';
import type { PostCallChange } from '../../shared/messages';
import { deliverPostCall, type PostCallDelivery } from '../../temporal/post-call-delivery';
import type { ApiContext } from '../context';
import { Problem } from '../problem';

export interface PostCallReply {
  call_id?: string;
  duplicate: boolean;
  /** The call is live: the change applies when it completes. */
  queued?: boolean;
  /** No call matched: the postback is held (this id) until `expires_at` and applied when its call appears. */
  held?: { id: string; expires_at: string };
}

/**
 * Finds the call a post-call update names (by id within retention, by caller within the match window) and gives
 * it the change; the answer is what the call workflow decided.
 */
export async function applyPostCall(
  ctx: ApiContext,
  webhook: IngressWebhook,
  input: PostCallInput,
  requestId: string,
  found: (callId: string) => void,
): Promise<PostCallReply> {
  const rules = { matchWindowSeconds: webhook.match_window_seconds, retentionDays: webhook.call_retention_days };
  const by = { callId: input.call_id, caller: input.caller };
  const change: PostCallChange = { request_id: requestId, webhook_id: webhook.id, ...(input.transaction_id && { transaction_id: input.transaction_id }), ...input.change };
  const target = await findPostCallTarget(ctx.db, webhook.org_id, by, rules);
  if (target) {
    found(target.call_id);
    return { call_id: target.call_id, ...replyOf(target.call_id, await deliverPostCall(ctx, webhook.org_id, target, change)) };
  }

  const { row, duplicate } = await holdPostback(ctx.db, { org_id: webhook.org_id, webhook_id: webhook.id, webhook_type: webhook.type, call_id: input.call_id, caller: input.caller, change, match_window_seconds: rules.matchWindowSeconds });
  const held = { duplicate, held: { id: row.id, expires_at: row.expires_at.toISOString() } };
  // Held first, looked for again after: a call starting meanwhile indexes itself before it takes the postbacks
  // held for it, so either it took this one or this finds it. Whichever claims the row first applies it.
  const late = await findPostCallTarget(ctx.db, webhook.org_id, by, rules);
  const claimed = late && (await claimHeldPostback(ctx.db, webhook.org_id, row.id, late.call_id));
  if (!late || !claimed) return held;
  found(late.call_id);
  return { call_id: late.call_id, ...(await attachHeld(ctx, claimed.org_id, claimed, late)) };
}

/** Gives a claimed held postback to its call; a failed delivery releases it, so it waits again. */
export async function attachHeld(ctx: ApiContext, orgId: string, claimed: HeldPostbackRow, target: PostCallTarget): Promise<Omit<PostCallReply, 'call_id'>> {
  try {
    return replyOf(target.call_id, await deliverPostCall(ctx, orgId, target, heldChange(claimed)));
  } catch (err) {
    await releaseHeldPostback(ctx.db, orgId, claimed.id);
    throw err;
  }
}

/** A delivery's outcome as the ingress answers it. */
export function replyOf(callId: string, delivery: PostCallDelivery): Omit<PostCallReply, 'call_id'> {
  switch (delivery.result) {
    case 'applied':
      return { duplicate: delivery.duplicate };
    case 'queued':
      return { duplicate: delivery.duplicate, queued: true };
    case 'refused':
      throw new Problem(409, 'Conflict', `Call ${callId} refused the update: ${delivery.rule}`);
    case 'invalid':
      throw new Problem(400, 'Bad Request', `The call rejected the update: ${delivery.message}`);
    case 'closing':
      throw new Problem(503, 'Service Unavailable', `Call ${callId} is closing its post-call window right now; retry shortly and the update reopens it`, { headers: { 'Retry-After': '1' } });
    case 'closed_for_good':
      throw new Problem(410, 'Gone', `Call ${callId} closed before late updates could reopen calls; it no longer accepts updates`);
  }
}
