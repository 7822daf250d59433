import type { HealthPolicy } from './delivery';

// An outgoing webhook's health as a pure state machine: healthy → failing → paused, back to healthy when it
// answers again or an operator resumes it. `disabled` is not a state here: it is `enabled: false` on the webhook.

export const HEALTH_STATES = ['healthy', 'failing', 'paused'] as const;
export type HealthState = (typeof HEALTH_STATES)[number];

/** Why a webhook is paused: a manual pause is never probed, only resumed by an operator. */
export type PauseReason = 'failures' | 'retries_exhausted' | 'manual';

export interface Health {
  state: HealthState;
  paused_reason: PauseReason | null;
  consecutive_failures: number;
  /** While paused (not manually): the current probe backoff and when the next probe is due. */
  probe_interval_ms: number | null;
  next_probe_at: Date | null;
  last_error: string | null;
  state_changed_at: Date | null;
}

export const HEALTHY: Health = {
  state: 'healthy',
  paused_reason: null,
  consecutive_failures: 0,
  probe_interval_ms: null,
  next_probe_at: null,
  last_error: null,
  state_changed_at: null,
};

export type HealthEvent =
  | { kind: 'succeeded' }
  /** A failed attempt (not a 429); `probe` when it was the paused webhook's probe. */
  | { kind: 'failed'; error: string; probe?: boolean }
  /** A delivery spent its whole retry schedule. */
  | { kind: 'retries_exhausted'; error: string }
  | { kind: 'paused_by_operator' }
  | { kind: 'resumed_by_operator' };

function pause(health: Health, reason: PauseReason, policy: HealthPolicy, now: Date): Health {
  if (reason === 'manual') return { ...health, state: 'paused', paused_reason: reason, probe_interval_ms: null, next_probe_at: null };
  const interval = policy.probe_initial_interval_seconds * 1000;
  return { ...health, state: 'paused', paused_reason: reason, probe_interval_ms: interval, next_probe_at: new Date(now.getTime() + interval) };
}

function healthy(health: Health): Health {
  return { ...health, state: 'healthy', paused_reason: null, consecutive_failures: 0, probe_interval_ms: null, next_probe_at: null };
}

/** The health after `event`; `state_changed_at` moves only when the state (or the reason of a pause) does. */
export function nextHealth(current: Health, event: HealthEvent, policy: HealthPolicy, now = new Date()): Health {
  const next = transition(current, event, policy, now);
  const changed = next.state !== current.state || next.paused_reason !== current.paused_reason;
  return changed ? { ...next, state_changed_at: now } : next;
}

function transition(current: Health, event: HealthEvent, policy: HealthPolicy, now: Date): Health {
  switch (event.kind) {
    case 'succeeded':
      // Any answer from an automatically paused endpoint is the probe it was waiting for; a manual pause stays.
      if (current.state === 'paused' && current.paused_reason === 'manual') return { ...current, consecutive_failures: 0 };
      return healthy(current);
    case 'failed': {
      const failed = { ...current, consecutive_failures: current.consecutive_failures + 1, last_error: event.error };
      if (current.state === 'paused') {
        if (!event.probe || current.paused_reason === 'manual') return failed;
        const interval = Math.min((current.probe_interval_ms ?? 0) * 2 || policy.probe_initial_interval_seconds * 1000, policy.probe_max_interval_seconds * 1000);
        return { ...failed, probe_interval_ms: interval, next_probe_at: new Date(now.getTime() + interval) };
      }
      if (failed.consecutive_failures >= policy.pause_after) return pause(failed, 'failures', policy, now);
      if (failed.consecutive_failures >= policy.failing_after) return { ...failed, state: 'failing' };
      return failed;
    }
    case 'retries_exhausted': {
      const failed = { ...current, consecutive_failures: current.consecutive_failures + 1, last_error: event.error };
      return current.state === 'paused' ? failed : pause(failed, 'retries_exhausted', policy, now);
    }
    case 'paused_by_operator':
      return pause(current, 'manual', policy, now);
    case 'resumed_by_operator':
      return healthy(current);
  }
}
