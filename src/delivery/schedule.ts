import type { HealthPolicy, RetrySettings } from '../shared/delivery';

/** Each wait is the nominal backoff times a factor drawn from [1 - JITTER, 1 + JITTER]. */
export const RETRY_JITTER = 0.2;

/** The wait after the `failures`-th failed attempt, before jitter: exponential, capped. */
export function nominalRetryDelayMs(retry: RetrySettings, failures: number): number {
  const seconds = retry.initial_interval_seconds * retry.backoff_coefficient ** Math.max(0, failures - 1);
  return Math.min(seconds, retry.max_interval_seconds) * 1000;
}

/**
 * The wait before the next attempt after `failures` failed ones. Jitter spreads the retries of many deliveries
 * that failed together (an endpoint going down fails every call at once), so they do not return as one burst.
 */
export function retryDelayMs(retry: RetrySettings, failures: number, random: () => number = Math.random): number {
  const factor = 1 - RETRY_JITTER + 2 * RETRY_JITTER * random();
  return Math.round(nominalRetryDelayMs(retry, failures) * factor);
}

/** How long the schedule keeps retrying from the first attempt to the last, at the low end of the jitter. */
export function shortestRetrySpanMs(retry: RetrySettings): number {
  let total = 0;
  for (let failures = 1; failures < retry.max_attempts; failures++) total += nominalRetryDelayMs(retry, failures);
  return total * (1 - RETRY_JITTER);
}

/**
 * How long a held delivery waits before it looks at its webhook again by itself. The gate's release signal is
 * what normally wakes it; this is the safety net for a release that was missed, so it is long.
 */
export function heldRecheckMs(policy: HealthPolicy): number {
  return Math.min(Math.max(10 * policy.probe_max_interval_seconds * 1000, 60_000), 3600_000);
}
