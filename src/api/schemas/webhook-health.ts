import { z } from 'zod';
import { HEALTH_STATES } from '../../shared/webhook-health';

export const webhookHealthSchema = z.object({
  /** `disabled` when the webhook is switched off; else its health state. */
  state: z.enum([...HEALTH_STATES, 'disabled']),
  /** Why it is paused: `failures`, `retries_exhausted` (a delivery spent its schedule) or `manual`. */
  paused_reason: z.string().nullable(),
  /** When the state last changed. */
  since: z.string().nullable(),
  consecutive_failures: z.number().int(),
  /** Share of its latest attempts (up to 100, within a day) that succeeded; null without attempts. */
  success_rate: z.number().nullable(),
  p50_ms: z.number().int().nullable(),
  p95_ms: z.number().int().nullable(),
  /** Deliveries not settled yet: retrying, waiting for a rate slot, or held while paused. */
  pending: z.number().int(),
  last_error: z.string().nullable(),
  /** While paused after failures: when the next probe goes out. */
  next_probe_at: z.string().nullable(),
});

export type WebhookHealth = z.output<typeof webhookHealthSchema>;
