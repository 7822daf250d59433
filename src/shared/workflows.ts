import type { CallWorkflowInput } from './messages';
import type { RecoveryCursor } from './delivery';
import type { RetentionRun } from './retention';

// The workflows as their clients (the API, the activities, the schedules) start them: inputs and signatures.
// The implementations in src/workflows/ are checked against these (src/workflows/index.ts).

export interface WebhookGateInput {
  orgId: string;
  webhookId: string;
}

export interface WebhookAlertInput {
  orgId: string;
  /** The logged state change (`hsc_…`) to alert about; the workflow id derives from it, so it runs once. */
  changeId: string;
}

export interface RecoveryInput {
  orgId: string;
  recoveryId: string;
  webhookId: string;
  /** Carried over continue-as-new: where the walk through the claimed deliveries stands. */
  cursor?: RecoveryCursor;
}

export type CallWorkflow = (input: CallWorkflowInput) => Promise<void>;
export type WebhookGateWorkflow = (input: WebhookGateInput) => Promise<void>;
export type WebhookAlertWorkflow = (input: WebhookAlertInput) => Promise<void>;
export type RecoveryWorkflow = (input: RecoveryInput) => Promise<void>;
export type PreCallExpiryWorkflow = () => Promise<number>;
export type LogRetentionWorkflow = (run: RetentionRun) => Promise<unknown>;
