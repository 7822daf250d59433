import { z } from 'zod';
import { nonBlankText } from './common';

export const heldPostbackSchema = z.object({
  id: z.string(),
  webhook_id: z.string(),
  webhook_type: z.string(),
  request_id: z.string(),
  /** The call it names, or null when it named a caller. */
  call_id: z.string().nullable(),
  /** The caller whose next call it waits for, or null. */
  caller: z.string().nullable(),
  /** The update it carries: converted, revenue_paid_out, publisher_paid_out, reason, no_payout_reason, add, remove… */
  change: z.record(z.string(), z.unknown()),
  received_at: z.string(),
  /** The end of the organization's match window: it is discarded then. */
  expires_at: z.string(),
});

export type HeldPostback = z.output<typeof heldPostbackSchema>;

export const attachBody = z.object({ call_id: nonBlankText(200) });

export const attachedSchema = z.object({
  id: z.string(),
  call_id: z.string(),
  /** The call is live: the update applies when it completes. */
  queued: z.boolean(),
  /** The call had already applied this update. */
  duplicate: z.boolean(),
});
