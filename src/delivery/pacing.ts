import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '../db/database';
import { claimSend, reserveSendSlot } from '../db/repositories/webhook-health';
import type { OutgoingWebhookRow } from '../db/tables/outgoing-webhooks';
import type { RateLimit } from '../shared/delivery';

/** The longest a delivery activity waits in-process for its slot; further out, it comes back later. */
export const MAX_PACING_WAIT_MS = 10_000;

/** A 429 without Retry-After: the endpoint gets this long before anything is sent to it again. */
export const THROTTLE_WITHOUT_RETRY_AFTER_MS = 5000;

export type Pace = { go: true } | { go: false; retryInMs: number };

/** A limit's requests are spaced a tenth wider than it allows: room for a request that takes longer to arrive. */
const SAFETY = 1.1;

const periodOf = (limit: RateLimit) => (limit.per === 'second' ? 1000 : 60_000);
const intervalOf = (limit: RateLimit) => (periodOf(limit) / limit.requests) * SAFETY;

/** Ask again around when a slot comes within reach, spread over a window so the waiting do not return as one. */
function askAgainIn(waitMs: number, windowMs: number): number {
  return Math.round(Math.max(waitMs - windowMs, 0) + Math.random() * windowMs);
}

/**
 * Waits for the webhook's next send slot when it has a rate limit, or when a receiver's 429 asked it to slow
 * down. A slot is reserved in PostgreSQL (shared by every worker, kept across restarts) only when it starts soon
 * — within two intervals, at most 10 s — and then the activity waits for it in-process; further out, the
 * delivery comes back later (a Temporal retry with that delay: durable, and no history events).
 */
export async function paceDelivery(db: Db, webhook: OutgoingWebhookRow, throttledUntil: Date | null): Promise<Pace> {
  const limit = webhook.rate_limit;
  if (!limit) {
    const waitMs = (throttledUntil?.getTime() ?? 0) - Date.now();
    if (waitMs <= 0) return { go: true };
    if (waitMs > MAX_PACING_WAIT_MS) return { go: false, retryInMs: askAgainIn(waitMs, MAX_PACING_WAIT_MS) };
    await sleep(waitMs);
    return { go: true };
  }
  const interval = intervalOf(limit);
  const burst = (limit.burst - 1) * interval;
  const window = Math.min(Math.max(1000, 2 * interval), MAX_PACING_WAIT_MS);
  const slot = await reserveSendSlot(db, webhook, interval, burst, window);
  const waitMs = slot.at - Date.now();
  if (!slot.granted) return { go: false, retryInMs: askAgainIn(waitMs, window) };
  if (waitMs > 0) await sleep(waitMs);
  // The slot says whose turn it is; the claim keeps the limit over the sends themselves. A busy process that woke
  // late sends late and the next send waits for it, instead of giving the slot up and queueing again.
  for (let tries = 0; tries < 5; tries++) {
    const claim = await claimSend(db, webhook, interval, burst);
    if (claim.granted) return { go: true };
    await sleep(Math.min(claim.waitMs, window));
  }
  return { go: false, retryInMs: askAgainIn(interval, window) };
}
