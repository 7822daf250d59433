import type { IngressWebhook } from '../../db/repositories/incoming-webhooks';
import { findPostCallTarget } from '../../incoming/call-lookup';
import type { PostCallInput } from '../../incoming/parameters';
import type { PostCallChange } from '../../shared/messages';
import { deliverPostCall, type PostCallDelivery } from '../../temporal/post-call-delivery';
import type { ApiContext } from '../context';
import { Problem } from '../problem';

export interface PostCallReply {
  call_id?: string;
  duplicate: boolean;
  /** The call is live: the change applies when it completes. */
  queued?: boolean;
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
  const rules = { matchWindowSeconds: webhook.match_window_seconds, retentionDays: webhook.retention_days };
  const target = await findPostCallTarget(ctx.db, webhook.org_id, { callId: input.call_id, caller: input.caller }, rules);
  if (!target) {
    throw new Problem(404, 'Not Found', input.call_id ? `Call ${input.call_id} was not found` : `No call from ${input.caller} in the last ${rules.matchWindowSeconds} s`);
  }
  found(target.call_id);
  const change: PostCallChange = { request_id: requestId, webhook_id: webhook.id, ...(input.transaction_id && { transaction_id: input.transaction_id }), ...input.change };
  return { call_id: target.call_id, ...replyOf(target.call_id, await deliverPostCall(ctx, webhook.org_id, target, change)) };
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
    case 'closed_for_good':
      throw new Problem(410, 'Gone', `Call ${callId} closed before late updates could reopen calls; it no longer accepts updates`);
  }
}
