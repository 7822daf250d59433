/** A token bucket: `per_second` sustained, up to `burst` at once. */
export interface Limit {
  per_second: number;
  burst: number;
}

export const LIMIT_KINDS = ['ingress_per_key', 'ingress_per_address', 'api_per_token', 'api_per_address'] as const;
export type LimitKind = (typeof LIMIT_KINDS)[number];
export type RateLimits = Record<LimitKind, Limit>;

/**
 * Defaults sit above what one API process serves on 2 cores (the ingress: about 3,700 posts a second,
 * docs/performance.md), so an installation that sets nothing refuses no legitimate traffic; the instance admin
 * sets lower ones per organization to keep one lead source (one key) or one client from starving the others.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  ingress_per_key: { per_second: 10_000, burst: 20_000 },
  ingress_per_address: { per_second: 10_000, burst: 20_000 },
  api_per_token: { per_second: 1000, burst: 2000 },
  api_per_address: { per_second: 2000, burst: 4000 },
};

/** An organization's limits: what it stores (only what the instance admin set) over the defaults. */
export function resolveRateLimits(stored: Partial<RateLimits> | null | undefined): RateLimits {
  return { ...DEFAULT_RATE_LIMITS, ...stored };
}
