import { ApplicationFailure, WithStartWorkflowOperation, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { PostCallTarget } from '../incoming/call-lookup';
import { isClosedWorkflowError } from '../incoming/workflow-errors';
import { CALL_ORG_ID } from '../shared/search-attributes';
import { postCallUpdate, RULE_REFUSAL, type PostCallChange, type PostCallOutcome } from '../shared/messages';
import type { CallWorkflow } from '../shared/workflows';
import { durably, type CallEngine } from './calls';

/** What became of a post-call change given to a call. */
export type PostCallDelivery =
  | Exclude<PostCallOutcome, { result: 'window_closed' }>
  /** A rule of the call's state refused it (e.g. a payout before completion). */
  | { result: 'refused'; rule: string }
  /** The update validator refused its shape. */
  | { result: 'invalid'; message: string }
  /** The call closed before calls kept their state: it cannot be reopened. */
  | { result: 'closed_for_good' }
  /** Its runs kept closing under the offer (never expected for long): the sender should retry. */
  | { result: 'closing' };

/** A closing run answers window_closed for a moment; the next attempt finds it closed and reopens the call. */
const ATTEMPTS = 6;

/**
 * Gives a change to a call's workflow: an update to a running call; to a closed one, update-with-start of a new
 * run of the same workflow id, which reopens the call from the state its last run left in the index (so
 * `call.converted` stays once and `call.updated` numbering carries on). Runs that are closing right now answer
 * window_closed; the change is then offered again, to the next run.
 */
export async function deliverPostCall(ctx: CallEngine, orgId: string, target: PostCallTarget, change: PostCallChange): Promise<PostCallDelivery> {
  const handle = ctx.temporal.workflow.getHandle(target.workflow_id);
  let closed = target.closed;
  for (let attempt = 1; ; attempt++) {
    try {
      const outcome = await durably(ctx, () => (closed ? reopenWith(ctx, orgId, target, change) : handle.executeUpdate(postCallUpdate, { args: [change] })));
      if (outcome.result !== 'window_closed') return outcome;
      if (outcome.reopenable === false) return { result: 'closed_for_good' };
    } catch (err) {
      if (err instanceof WorkflowUpdateFailedError) {
        const cause = err.cause;
        if (cause instanceof ApplicationFailure && cause.type === RULE_REFUSAL) return { result: 'refused', rule: cause.message };
        return { result: 'invalid', message: cause?.message ?? err.message };
      }
      if (!(err instanceof WorkflowNotFoundError || isClosedWorkflowError(err))) throw err;
    }
    if (attempt === ATTEMPTS) return { result: 'closing' };
    if (closed) await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    closed = true;
  }
}

/** Update-with-start: attaches to a run that is open again already, else starts one that reopens the call. */
async function reopenWith(ctx: CallEngine, orgId: string, target: PostCallTarget, change: PostCallChange): Promise<PostCallOutcome> {
  const previousRunId = await ctx.temporal.workflow
    .getHandle(target.workflow_id)
    .describe()
    .then((d) => d.runId)
    .catch(() => undefined);
  const start = new WithStartWorkflowOperation<CallWorkflow>('callWorkflow', {
    workflowId: target.workflow_id,
    taskQueue: ctx.taskQueue,
    args: [{ orgId, callId: target.call_id, queuesLiveUpdates: true, reopen: previousRunId ? { previousRunId } : {} }],
    workflowIdConflictPolicy: 'USE_EXISTING',
    workflowIdReusePolicy: 'ALLOW_DUPLICATE',
    typedSearchAttributes: [{ key: CALL_ORG_ID, value: orgId }],
  });
  return ctx.temporal.workflow.executeUpdateWithStart(postCallUpdate, { args: [change], startWorkflowOperation: start });
}
