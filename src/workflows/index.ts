import type * as signatures from '../shared/workflows';
import { callWorkflow } from './call';
import { logRetentionWorkflow } from './log-retention';
import { preCallExpiryWorkflow } from './pre-call-expiry';
import { recoveryWorkflow } from './recovery';
import { redeliveryWorkflow } from './redelivery';
import { webhookAlertWorkflow } from './webhook-alert';
import { webhookGateWorkflow } from './webhook-gate';

export { callWorkflow, preCallExpiryWorkflow, logRetentionWorkflow, redeliveryWorkflow, webhookGateWorkflow, webhookAlertWorkflow, recoveryWorkflow };

/** Fails to compile when a workflow no longer takes what its clients start it with (src/shared/workflows.ts). */
type Conforms<Implementation extends Signature, Signature> = [Implementation, Signature];
export type ClientSignatures = [
  Conforms<typeof callWorkflow, signatures.CallWorkflow>,
  Conforms<typeof webhookGateWorkflow, signatures.WebhookGateWorkflow>,
  Conforms<typeof webhookAlertWorkflow, signatures.WebhookAlertWorkflow>,
  Conforms<typeof recoveryWorkflow, signatures.RecoveryWorkflow>,
  Conforms<typeof preCallExpiryWorkflow, signatures.PreCallExpiryWorkflow>,
  Conforms<typeof logRetentionWorkflow, signatures.LogRetentionWorkflow>,
];
