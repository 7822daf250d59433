export { callWorkflow } from './call';
export { preCallExpiryWorkflow } from './pre-call-expiry';
export { redeliveryWorkflow } from './redelivery';
export { webhookGateWorkflow } from './webhook-gate';
export { webhookAlertWorkflow } from './webhook-alert';
export { recoveryWorkflow } from './recovery';
