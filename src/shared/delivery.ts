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

/** At most `requests` per second or minute, `burst` of them at once. */
export interface RateLimit {
  requests: number;
  per: 'second' | 'minute';
  burst: number;
}

/**
 * When an outgoing webhook counts as failing and when it pauses (consecutive failed attempts, a 429 excluded),
 * how a paused one is probed, and how fast its backlog drains once it answers again.
 */
export interface HealthPolicy {
  failing_after: number;
  pause_after: number;
  probe_initial_interval_seconds: number;
  probe_max_interval_seconds: number;
  drain_per_second: number;
  /** Alert once per pause when this many deliveries wait. */
  backlog_alert_threshold: number;
}

export const DEFAULT_HEALTH_POLICY: HealthPolicy = {
  failing_after: 5,
  pause_after: 15,
  probe_initial_interval_seconds: 30,
  probe_max_interval_seconds: 1800,
  drain_per_second: 20,
  backlog_alert_threshold: 1000,
};

export type DeliveryOutcome =
  | { status: 'succeeded'; response_status?: number }
  | { status: 'skipped' }
  /** The webhook is paused: nothing was attempted; try again once released, or after `recheck_after_ms`. */
  | { status: 'held'; recheck_after_ms: number };

/** Where a bulk recovery's walk through its deliveries stands: after this (call, created_at, id). */
export interface RecoveryCursor {
  call_id: string;
  created_at: string;
  id: string;
}

/** A webhook an emitted event goes to (the fan-out of the event). */
export interface SubscribedWebhook {
  id: string;
  version: number;
  timeout_ms: number;
  /**
   * The delivery queued for this event at emission (absent in histories recorded before deliveries were queued):
   * it shows in the outgoing log as pending from that moment, even while an earlier one to the webhook retries.
   */
  delivery_id?: string;
  /** What the call step's own attempt did (absent when it made none): only an unsettled delivery goes on. */
  first_try?: FirstTry;
}

/**
 * What the call step's own first attempt of a delivery came to. Succeeded, skipped or failed for good, it needs
 * nothing more; `held` waits for its paused webhook; `pending` (a retry is due, or the attempt is still in flight)
 * goes to the delivery activity, which waits for the time the delivery's row names.
 */
export type FirstTry =
  | { status: 'succeeded'; response_status?: number }
  | { status: 'skipped' }
  | { status: 'failed'; error: string }
  | { status: 'held'; recheck_after_ms: number }
  | { status: 'pending' };

/** A first attempt after which the delivery needs nothing more. */
export function settledFirstTry(first: FirstTry | undefined): boolean {
  return first?.status === 'succeeded' || first?.status === 'skipped' || first?.status === 'failed';
}

/** A subscription with the webhook's name, for the log row its delivery is queued as. */
export type NamedSubscription = Omit<SubscribedWebhook, 'delivery_id' | 'first_try'> & { name: string };
