import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { deliveryReleaseSignal, webhookGateWorkflowId, webhookResumedSignal } from '../shared/messages';
import type { WebhookGateInput, webhookGateWorkflow } from '../workflows/webhook-gate';

/** Opening, nudging and releasing through a paused webhook's gate workflow (docs/delivery-resilience.md). */
export interface WebhookGates {
  /** Makes sure the webhook's gate runs: it probes the webhook while paused and drains it afterwards. */
  open(input: WebhookGateInput): Promise<void>;
  /** Tells the gate to look again now (resumed, deleted, disabled), starting it if none runs. */
  nudge(input: WebhookGateInput): Promise<void>;
  /** Tells a workflow holding a delivery for the webhook to try it again; false when that workflow is gone. */
  release(workflowId: string, webhookId: string): Promise<boolean>;
}

export function webhookGates(client: Client, taskQueue: string): WebhookGates {
  const options = (input: WebhookGateInput) => ({ workflowId: webhookGateWorkflowId(input.webhookId), taskQueue, args: [input] as [WebhookGateInput] });
  return {
    async open(input) {
      await client.workflow.start<typeof webhookGateWorkflow>('webhookGateWorkflow', { ...options(input), workflowIdConflictPolicy: 'USE_EXISTING' });
    },
    async nudge(input) {
      await client.workflow.signalWithStart<typeof webhookGateWorkflow, []>('webhookGateWorkflow', { ...options(input), signal: webhookResumedSignal });
    },
    async release(workflowId, webhookId) {
      try {
        await client.workflow.getHandle(workflowId).signal(deliveryReleaseSignal, { webhookId });
        return true;
      } catch (err) {
        if (err instanceof WorkflowNotFoundError) return false;
        throw err;
      }
    },
  };
}
