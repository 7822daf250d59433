import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { isClosedWorkflowError } from '../incoming/workflow-errors';
import { callerWorkflowId, registerCallUpdate, type Enrichment } from '../shared/messages';
import { CALL_ORG_ID, CALL_STATUS, CALLER_NUMBER } from '../shared/search-attributes';

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

const quoted = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Workflow ids of the caller's calls still in progress, from Temporal visibility (the call sets these search
 * attributes when it starts, before it writes its index row): a caller's first post reaches calls that began
 * before any data existed for them.
 */
export function createFindLiveCalls(temporal: Client) {
  return async function findLiveCalls(input: { orgId: string; caller: string }): Promise<string[]> {
    const query = [
      `WorkflowType = 'callWorkflow'`,
      `ExecutionStatus = 'Running'`,
      `${CALL_ORG_ID.name} = ${quoted(input.orgId)}`,
      `${CALLER_NUMBER.name} = ${quoted(input.caller)}`,
      `${CALL_STATUS.name} IN ('ringing', 'connected')`,
    ].join(' AND ');
    const ids: string[] = [];
    for await (const execution of temporal.workflow.list({ query, pageSize: 50 })) {
      ids.push(execution.workflowId);
      if (ids.length >= 50) break;
    }
    return ids;
  };
}
