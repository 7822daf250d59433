import type { RenderContext } from './call';

/** An outgoing webhook's retry schedule, as the operator configures it. */
export interface RetrySettings {
  max_attempts: number;
  initial_interval_seconds: number;
  backoff_coefficient: number;
  max_interval_seconds: number;
}

export const DEFAULT_RETRY: RetrySettings = {
  max_attempts: 8,
  initial_interval_seconds: 1,
  backoff_coefficient: 2,
  max_interval_seconds: 300,
};

/** One delivery: an emitted event to one outgoing webhook. Its id is stable across every attempt. */
export interface DeliveryRequest {
  deliveryId: string;
  orgId: string;
  webhookId: string;
  context: RenderContext;
}

export interface DeliveryOutcome {
  status: 'succeeded' | 'skipped';
  response_status?: number;
}
