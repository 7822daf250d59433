import type { HealthState, WebhookHealth } from '../../api/types';
import { Badge, type BadgeTone } from '../ui';

const TONES: Record<HealthState, BadgeTone> = { healthy: 'green', failing: 'red', paused: 'red', disabled: 'gray' };
const LABELS: Record<HealthState, string> = { healthy: 'Healthy', failing: 'Failing', paused: 'Paused', disabled: 'Disabled' };

/** `98 %` of recent attempts succeeded, or `—` without any. */
export function successRate(health: WebhookHealth): string {
  return health.success_rate === null ? '—' : `${Math.round(health.success_rate * 1000) / 10} %`;
}

export function HealthBadge({ health }: { health: WebhookHealth }) {
  const why = health.state === 'paused' && health.paused_reason === 'manual' ? 'paused by an operator' : health.last_error ?? undefined;
  return (
    <Badge tone={TONES[health.state]} title={why}>
      {LABELS[health.state]}
    </Badge>
  );
}
