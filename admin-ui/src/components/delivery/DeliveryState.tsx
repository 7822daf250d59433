import type { Delivery } from '../../api/types';
import { eventTypeLabel, formatDateTime } from '../../format';
import { Badge, HttpStatusBadge, type BadgeTone } from '../ui';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What a delivery is doing, in the operator's words: a badge and one line of why. */
export function deliveryState(d: Delivery): { label: string; tone: BadgeTone; why: string | null } {
  switch (d.status) {
    case 'succeeded':
      return { label: 'Delivered', tone: 'green', why: d.attempts_count > 1 ? `after ${plural(d.attempts_count, 'attempt')}` : null };
    case 'failed':
      return { label: `Failed after ${plural(d.attempts_count, 'attempt')}`, tone: 'red', why: d.error };
    case 'held':
      return { label: 'Held', tone: 'purple', why: 'its webhook is paused: sent when it resumes' };
    case 'skipped':
      return { label: 'Skipped', tone: 'gray', why: d.error };
    case 'pending': {
      const q = d.queued_behind;
      if (q) {
        const head = q.status === 'held' ? 'held, webhook paused' : q.attempts_count > 0 ? `retrying after ${plural(q.attempts_count, 'attempt')}` : 'sending';
        return {
          label: `Queued #${q.ahead}`,
          tone: 'blue',
          why: `waits for ${eventTypeLabel(q.event_type).toLowerCase()} (${q.event_type}, ${head}): this call's events go out in order`,
        };
      }
      if (d.attempts_count > 0) {
        const next = d.next_attempt_at ? `; next try ${formatDateTime(d.next_attempt_at)}` : '';
        return { label: `Retrying (${plural(d.attempts_count, 'attempt')} failed)`, tone: 'red', why: `${d.error ?? 'failed'}${next}` };
      }
      return { label: 'Sending', tone: 'yellow', why: d.next_attempt_at ? `waiting for its send slot, ${formatDateTime(d.next_attempt_at)}` : null };
    }
    default:
      return { label: d.status, tone: 'neutral', why: null };
  }
}

/** A delivery's state badge with its HTTP status and the reason under it. */
export function DeliveryState({ delivery }: { delivery: Delivery }) {
  const s = deliveryState(delivery);
  return (
    <div className="delivery-state" data-testid="delivery-state" data-status={delivery.status}>
      <Badge tone={s.tone}>{s.label}</Badge> {delivery.last_status_code ? <HttpStatusBadge status={delivery.last_status_code} /> : null}
      {delivery.test ? (
        <>
          {' '}
          <Badge tone="purple" title="A test send with sample data">
            TEST
          </Badge>
        </>
      ) : null}
      {s.why ? (
        <div className={`small ${s.tone === 'red' ? 'text-danger' : 'muted'} clamp`} title={s.why}>
          {s.why}
        </div>
      ) : null}
    </div>
  );
}

/** A delivery still in the webhook's hands: a redelivery would run beside it. */
export const isLive = (d: Delivery) => d.status === 'pending' || d.status === 'held';

/** "On incoming call" over its wire name, `call.incoming`. */
export function EventType({ type }: { type: string }) {
  return (
    <>
      {eventTypeLabel(type)}
      <div className="muted small">
        <code>{type}</code>
      </div>
    </>
  );
}
