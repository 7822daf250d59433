import { HEALTHY, nextHealth, type Health, type HealthEvent } from '../../../src/shared/webhook-health';
import { DEFAULT_HEALTH_POLICY } from '../../../src/shared/delivery';

const policy = { ...DEFAULT_HEALTH_POLICY, failing_after: 2, pause_after: 4, probe_initial_interval_seconds: 10, probe_max_interval_seconds: 30 };
const now = new Date('2025-01-01T00:00:00Z');
const failed: HealthEvent = { kind: 'failed', error: 'HTTP 503' };

function run(events: HealthEvent[], from: Health = HEALTHY): Health {
  return events.reduce((health, event) => nextHealth(health, event, policy, now), from);
}

describe('webhook health', () => {
  it('turns failing, then paused, after the configured consecutive failures', () => {
    expect(run([failed]).state).toBe('healthy');
    expect(run([failed, failed]).state).toBe('failing');
    expect(run([failed, failed, failed]).state).toBe('failing');
    const paused = run([failed, failed, failed, failed]);
    expect(paused).toMatchObject({ state: 'paused', paused_reason: 'failures', consecutive_failures: 4, last_error: 'HTTP 503', probe_interval_ms: 10_000, state_changed_at: now });
    expect(paused.next_probe_at).toEqual(new Date(now.getTime() + 10_000));
  });

  it('a success in between starts the count again', () => {
    expect(run([failed, { kind: 'succeeded' }, failed]).state).toBe('healthy');
    expect(run([failed, failed, { kind: 'succeeded' }])).toMatchObject({ state: 'healthy', consecutive_failures: 0 });
  });

  it('backs off probes up to the maximum and recovers on the first success', () => {
    const paused = run([failed, failed, failed, failed]);
    const probed = run([{ ...failed, probe: true }, { ...failed, probe: true }, { ...failed, probe: true }], paused);
    expect(probed).toMatchObject({ state: 'paused', probe_interval_ms: 30_000 });
    // A failure that was not the probe (an attempt in flight when it paused) does not move the probe.
    expect(run([failed], paused).next_probe_at).toEqual(paused.next_probe_at);
    expect(run([{ kind: 'succeeded' }], probed)).toMatchObject({ state: 'healthy', paused_reason: null, next_probe_at: null, consecutive_failures: 0 });
  });

  it('pauses when a delivery spends its retry schedule, whatever the count', () => {
    expect(run([{ kind: 'retries_exhausted', error: 'HTTP 500' }])).toMatchObject({ state: 'paused', paused_reason: 'retries_exhausted' });
  });

  it('a manual pause is not probed and only an operator ends it', () => {
    const paused = run([{ kind: 'paused_by_operator' }]);
    expect(paused).toMatchObject({ state: 'paused', paused_reason: 'manual', next_probe_at: null });
    expect(run([{ kind: 'succeeded' }, { ...failed, probe: true }], paused)).toMatchObject({ state: 'paused', paused_reason: 'manual', next_probe_at: null });
    expect(run([{ kind: 'resumed_by_operator' }], paused)).toMatchObject({ state: 'healthy', consecutive_failures: 0 });
  });

  it('moves state_changed_at only when the state changes', () => {
    const failing = run([failed, failed]);
    const later = new Date(now.getTime() + 5000);
    expect(nextHealth(failing, failed, policy, later).state_changed_at).toEqual(now);
    expect(nextHealth(failing, { kind: 'succeeded' }, policy, later).state_changed_at).toEqual(later);
  });
});
