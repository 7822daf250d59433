import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import { deliveryReleaseSignal, webhookGateWorkflowId, webhookResumedSignal } from '../shared/messages';
import type { WebhookAlertInput, WebhookAlertWorkflow, WebhookGateInput, WebhookGateWorkflow } from '../shared/workflows';

/** The workflows behind webhook health: a paused webhook's gate, and alerts (docs/delivery-resilience.md). */
export interface HealthWorkflows {
  /** Makes sure the webhook's gate runs: it probes the webhook while paused and drains it afterwards. */
  open(input: WebhookGateInput): Promise<void>;
  /** Tells the gate to look again now (resumed, deleted, disabled), starting it if none runs. */
  nudge(input: WebhookGateInput): Promise<void>;
  /** Tells a workflow holding a delivery for the webhook to try it again; false when that workflow is gone. */
  release(workflowId: string, webhookId: string): Promise<boolean>;
  /** Starts the alert of one state change, once: a second start for the same change does nothing. */
  alert(input: WebhookAlertInput): Promise<void>;
}

export const webhookAlertWorkflowId = (changeId: string) => `webhook-alert-${changeId}`;

export function healthWorkflows(client: Client, taskQueue: string): HealthWorkflows {
  const options = (input: WebhookGateInput) => ({ workflowId: webhookGateWorkflowId(input.webhookId), taskQueue, args: [input] as [WebhookGateInput] });
  return {
    async open(input) {
      await client.workflow.start<WebhookGateWorkflow>('webhookGateWorkflow', { ...options(input), workflowIdConflictPolicy: 'USE_EXISTING' });
    },
    async nudge(input) {
      await client.workflow.signalWithStart<WebhookGateWorkflow, []>('webhookGateWorkflow', { ...options(input), signal: webhookResumedSignal });
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
    async alert(input) {
      try {
        await client.workflow.start<WebhookAlertWorkflow>('webhookAlertWorkflow', {
          workflowId: webhookAlertWorkflowId(input.changeId),
          taskQueue,
          args: [input],
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
        });
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      }
    },
  };
}
