import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { DeliverEventInput } from '../activities/deliver-event';
import type { DeliveryOutcome } from '../shared/delivery';
import { deliveryActivityOptions } from './delivery-options';

export interface RedeliveryInput {
  delivery: DeliverEventInput;
  timeoutMs: number;
}

/** Sends a past delivery again, durably and with the webhook's retry schedule, as a new delivery. */
export async function redeliveryWorkflow(input: RedeliveryInput): Promise<DeliveryOutcome> {
  const { deliverEvent } = proxyActivities<Activities>(deliveryActivityOptions(input.timeoutMs));
  return deliverEvent(input.delivery);
}
