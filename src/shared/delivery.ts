import type { RenderContext } from './call';

/** An outgoing webhook's retry schedule, as the operator configures it. */
export interface RetrySettings {
  max_attempts: number;
  initial_interval_seconds: number;
  backoff_coefficient: number;
  max_interval_seconds: number;
}

/**
 * 40 attempts: 5 s doubling to an hourly cap, jittered ±20 % — about 30 h of retries, and never less than 24 h,
 * so a receiver that is down overnight loses nothing (see docs/delivery-resilience.md).
 */
export const DEFAULT_RETRY: RetrySettings = {
  max_attempts: 40,
  initial_interval_seconds: 5,
  backoff_coefficient: 2,
  max_interval_seconds: 3600,
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
