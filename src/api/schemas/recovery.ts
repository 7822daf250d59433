import { z } from 'zod';
import { instant } from './common';
import { CALL_ID_PATTERN } from './platform-event';

export const recoverBody = z.object({
  /** Failed (or discarded) deliveries made at or after this time are sent again. */
  since: instant,
  /** Only this call's. */
  call_id: z.string().regex(CALL_ID_PATTERN, 'must be 1-128 letters, digits or . _ : -').optional(),
});

export const recoverySchema = z.object({
  id: z.string(),
  webhook_id: z.string(),
  since: z.string(),
  call_id: z.string().nullable(),
  /** `running` until every claimed delivery has been sent (or held, or failed again). */
  status: z.enum(['running', 'completed']),
  /** Deliveries it claimed: the failed ones that matched when it started. */
  total: z.number().int(),
  succeeded: z.number().int(),
  /** Failed again (a final answer such as a 4xx), or skipped because the webhook was disabled meanwhile. */
  failed: z.number().int(),
  /** Not settled yet: being sent, retrying, or held while the webhook is paused. */
  pending: z.number().int(),
  created_at: z.string(),
  finished_at: z.string().nullable(),
});

export type Recovery = z.output<typeof recoverySchema>;
