export { callWorkflow } from './call';
export { preCallExpiryWorkflow } from './pre-call-expiry';
export { logRetentionWorkflow } from './log-retention';
export { redeliveryWorkflow } from './redelivery';
export { webhookGateWorkflow } from './webhook-gate';
export { webhookAlertWorkflow } from './webhook-alert';
export { recoveryWorkflow } from './recovery';
