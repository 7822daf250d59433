export { callWorkflow } from './call';
