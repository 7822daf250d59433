import { WithStartWorkflowOperation } from '@temporalio/client';
import type { IngressWebhook } from '../../db/repositories/incoming-webhooks';
import type { CallDataInput } from '../../incoming/parameters';
import { isClosedWorkflowError } from '../../incoming/workflow-errors';
import { callerWorkflowId, mergeCallerDataUpdate, type CallerDataAccepted, type CallerDataPost } from '../../shared/messages';
import { CALL_ORG_ID, CALLER_NUMBER } from '../../shared/search-attributes';
import { durably } from '../../temporal/calls';
import type { callerWorkflow } from '../../workflows/caller';
import type { ApiContext } from '../context';

/**
 * Hands a caller's data to their pre-call workflow with update-with-start: one round trip that starts the
 * workflow if needed and answers only once the merge is in its history.
 */
export async function acceptCallData(
  ctx: ApiContext,
  webhook: IngressWebhook,
  input: CallDataInput,
  request: { id: string; receivedAt: string },
): Promise<CallerDataAccepted> {
  const post: CallerDataPost = {
    webhook_id: webhook.id,
    request_id: request.id,
    received_at: request.receivedAt,
    data: input.data,
    lifespan_seconds: webhook.lifespan_seconds,
    ...(input.transaction_id && { transaction_id: input.transaction_id }),
  };
  const merge = () =>
    ctx.temporal.workflow.executeUpdateWithStart(mergeCallerDataUpdate, {
      args: [post],
      // A start operation is single-use, so each attempt builds its own.
      startWorkflowOperation: new WithStartWorkflowOperation<typeof callerWorkflow>('callerWorkflow', {
        workflowId: callerWorkflowId(webhook.org_id, input.caller),
        taskQueue: ctx.taskQueue,
        args: [{ orgId: webhook.org_id, caller: input.caller }],
        workflowIdConflictPolicy: 'USE_EXISTING',
        typedSearchAttributes: [
          { key: CALL_ORG_ID, value: webhook.org_id },
          { key: CALLER_NUMBER, value: input.caller },
        ],
      }),
    });
  return durably(ctx, async () => {
    try {
      return await merge();
    } catch (err) {
      // The caller's workflow completed (lifespan over) between our start and the update: start a fresh one.
      if (isClosedWorkflowError(err)) return merge();
      throw err;
    }
  });
}
