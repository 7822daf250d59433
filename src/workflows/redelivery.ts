import type { DeliverEventInput } from '../activities/deliver-event';
import type { DeliveryOutcome } from '../shared/delivery';
import { DeliveryRunner } from './deliveries';

export interface RedeliveryInput {
  delivery: DeliverEventInput;
  timeoutMs: number;
}

/** Sends a past delivery again, durably and with the webhook's retry schedule, as a new delivery. */
export async function redeliveryWorkflow(input: RedeliveryInput): Promise<DeliveryOutcome> {
  return new DeliveryRunner().deliver(input.delivery, input.timeoutMs);
}
