// Which outcomes of an attempt are worth retrying, and when.

export type AttemptVerdict = 'succeeded' | 'retryable' | 'final';

const RETRYABLE_STATUSES = new Set([408, 425, 429]);

/** 2xx succeeds; 408, 425, 429 and 5xx retry; anything else (other 4xx, an unfollowed 3xx) is final. */
export function classifyStatus(status: number): AttemptVerdict {
  if (status >= 200 && status < 300) return 'succeeded';
  if (status >= 500 || RETRYABLE_STATUSES.has(status)) return 'retryable';
  return 'final';
}

const MAX_RETRY_AFTER_MS = 24 * 3600 * 1000;

/** Milliseconds a `Retry-After` header (seconds or HTTP date) asks to wait; undefined when absent or unusable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const ms = /^\d+$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - now;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}
