import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import { asDependencyUnavailable } from '../health/dependency-unavailable';
import { CallClosed } from '../shared/call-errors';
import { CALL_ORG_ID, CALLER_NUMBER, CAMPAIGN_ID } from '../shared/search-attributes';
import { callEventSignal, callStateQuery, callWorkflowId, type LiveCallState, type PlatformEvent } from '../shared/messages';
import type { CallWorkflow } from '../shared/workflows';

/** Where calls run: the Temporal client and the task queue of the call workflows. */
export interface CallEngine {
  temporal: Client;
  taskQueue: string;
}

/** A Temporal that answers takes well under this; a stalled one must not hold the request longer. */
const TEMPORAL_DEADLINE_MS = 5_000;

/**
 * Runs a Temporal call with a deadline; when Temporal cannot take it (down, restarting, stalled) it throws
 * DependencyUnavailable, which the API answers with 503 + Retry-After.
 */
export async function durably<T>(ctx: CallEngine, fn: () => Promise<T>): Promise<T> {
  try {
    return await ctx.temporal.withDeadline(Date.now() + TEMPORAL_DEADLINE_MS, fn);
  } catch (err) {
    throw asDependencyUnavailable(err) ?? err;
  }
}

/** Delivers a platform event to the call's workflow, starting the workflow if this is the call's first event. */
export async function startCallWithEvent(ctx: CallEngine, orgId: string, callId: string, event: PlatformEvent): Promise<string> {
  const workflowId = callWorkflowId(orgId, callId);
  await durably(ctx, () =>
    ctx.temporal.workflow.signalWithStart<CallWorkflow, [PlatformEvent]>('callWorkflow', {
      workflowId,
      taskQueue: ctx.taskQueue,
      // A closed call stays closed: a late event must not start a second workflow for the same call.
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      args: [{ orgId, callId, queuesLiveUpdates: true, beginsInStep: true }],
      signal: callEventSignal,
      signalArgs: [event],
      typedSearchAttributes: [
        { key: CALL_ORG_ID, value: orgId },
        ...(event.call.from ? [{ key: CALLER_NUMBER, value: event.call.from }] : []),
        ...(event.call.campaign_id ? [{ key: CAMPAIGN_ID, value: event.call.campaign_id }] : []),
      ],
    }),
  ).catch((err) => {
    if (err instanceof WorkflowExecutionAlreadyStartedError) {
      throw new CallClosed(callId);
    }
    throw err;
  });
  return workflowId;
}

/** A running call's live state, or undefined when its workflow is not running (never started, or closed). */
export async function queryLiveCall(ctx: CallEngine, orgId: string, callId: string): Promise<LiveCallState | undefined> {
  const handle = ctx.temporal.workflow.getHandle(callWorkflowId(orgId, callId));
  try {
    return await durably(ctx, () => handle.query(callStateQuery));
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) return undefined;
    throw err;
  }
}
