import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { callerWorkflowId, registerCallUpdate, type Enrichment } from '../shared/messages';

/**
 * Registers a new call with its caller's pre-call data workflow and returns the data it holds, so the call
 * carries it before `call.incoming` goes out; later posts for the caller are pushed to the call by that workflow.
 * No pre-call workflow (never posted, or its lifespan ended) means no data.
 */
export function createAttachPreCallData(temporal: Client) {
  return async function attachPreCallData(input: { orgId: string; caller: string; callWorkflowId: string }): Promise<Enrichment[]> {
    const handle = temporal.workflow.getHandle(callerWorkflowId(input.orgId, input.caller));
    try {
      return await handle.executeUpdate(registerCallUpdate, { args: [{ callWorkflowId: input.callWorkflowId }] });
    } catch (err) {
      if (err instanceof WorkflowNotFoundError || isClosedWorkflowError(err)) return [];
      throw err;
    }
  };
}

function isClosedWorkflowError(err: unknown): boolean {
  return err instanceof Error && /workflow execution already completed|workflow not found/i.test(`${err.message} ${(err as { cause?: Error }).cause?.message ?? ''}`);
}
