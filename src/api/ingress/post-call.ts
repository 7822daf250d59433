import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { IngressWebhook } from '../../db/repositories/incoming-webhooks';
import { findOpenCallOfCaller } from '../../incoming/call-lookup';
import type { PostCallInput } from '../../incoming/parameters';
import { isClosedWorkflowError } from '../../incoming/workflow-errors';
import { callWorkflowId, postCallUpdate, type PostCallChange } from '../../shared/messages';
import { durably } from '../../temporal/calls';
import type { ApiContext } from '../context';
import { Problem } from '../problem';

const gone = (callId: string) => new Problem(410, 'Gone', `Call ${callId} no longer accepts updates: its post-call window has closed`);

/**
 * Applies a post-call change with a Temporal update, so the answer is what the call workflow decided:
 * applied (or a duplicate), no such call (404), or the post-call window closed (410).
 */
export async function applyPostCall(
  ctx: ApiContext,
  webhook: IngressWebhook,
  input: PostCallInput,
  requestId: string,
  found: (callId: string) => void,
): Promise<{ call_id: string; duplicate: boolean }> {
  let callId = input.call_id;
  let workflowId: string;
  if (callId) {
    workflowId = callWorkflowId(webhook.org_id, callId);
  } else {
    const call = await findOpenCallOfCaller(ctx.db, webhook.org_id, input.caller!);
    if (!call) throw new Problem(404, 'Not Found', `No call from ${input.caller} has an open post-call window`);
    ({ call_id: callId, workflow_id: workflowId } = call);
  }
  found(callId);

  const change: PostCallChange = { request_id: requestId, webhook_id: webhook.id, ...(input.transaction_id && { transaction_id: input.transaction_id }), ...input.change };
  const handle = ctx.temporal.workflow.getHandle(workflowId);
  const outcome = await durably(ctx, async () => {
    try {
      return await handle.executeUpdate(postCallUpdate, { args: [change] });
    } catch (err) {
      if (err instanceof WorkflowUpdateFailedError) throw new Problem(400, 'Bad Request', `The call rejected the update: ${err.cause?.message ?? err.message}`);
      if (!(err instanceof WorkflowNotFoundError || isClosedWorkflowError(err))) throw err;
      // Not-found covers both a call that never existed and one whose workflow has closed.
      const exists = await handle.describe().then(
        () => true,
        (e: unknown) => (e instanceof WorkflowNotFoundError ? false : Promise.reject(e)),
      );
      throw exists ? gone(callId) : new Problem(404, 'Not Found', `Call ${callId} was not found`);
    }
  });
  if (outcome.result === 'window_closed') throw gone(callId);
  return { call_id: callId, duplicate: outcome.duplicate };
}
