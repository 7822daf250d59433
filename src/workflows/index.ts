export { callWorkflow } from './call';
export { callerWorkflow } from './caller';
export { redeliveryWorkflow } from './redelivery';
