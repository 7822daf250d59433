import type { Request } from 'express';
import type { Limit, RateLimits } from '../limits/limits';
import type { RateLimiter } from '../limits/rate-limiter';
import type { Principal } from '../security/roles';
import { Problem } from './problem';

function tooMany(what: string, retryAfterSeconds: number, limit?: Limit): Problem {
  const allowed = limit ? ` (at most ${limit.per_second} a second, bursts of ${limit.burst})` : '';
  return new Problem(429, 'Too Many Requests', `Too many requests ${what}${allowed}; retry after ${retryAfterSeconds} s`, {
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });
}

/** The client's address: the socket's, or X-Forwarded-For's as far as TRUST_PROXY trusts the proxies. */
export const clientAddress = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? 'unknown';

/**
 * The request limits of the API and the ingress, in buckets per token or key, per client address within an
 * organization, and per address for refused credentials (which also throttles sign-in attempts in the admin
 * UI, since signing in is presenting a token).
 */
export class RequestLimits {
  constructor(
    readonly limiter: RateLimiter,
    private readonly failures: Limit,
  ) {}

  /** Before a credential is looked up: an address that sent too many refused ones waits. */
  assertNotLockedOut(address: string): void {
    const wait = this.limiter.refuses(`fail:${address}`);
    if (wait) throw tooMany('with refused credentials from this address', wait);
  }

  countRefusal(address: string): void {
    this.limiter.take({ key: `fail:${address}`, limit: this.failures });
  }

  assertApiAllowed(principal: Principal, limits: RateLimits, address: string): void {
    this.assert(
      { key: `tok:${principal.tokenId}`, limit: limits.api_per_token, what: 'with this API token' },
      { key: `api:${principal.orgId}:${address}`, limit: limits.api_per_address, what: 'from this address' },
    );
  }

  /**
   * After the key was looked up (so even a refused request is logged under its webhook): one bucket per webhook,
   * which its current key and, during a rotation's grace period, its previous key share.
   */
  assertIngressAllowed(webhook: { id: string; org_id: string; rate_limits: RateLimits }, address: string): void {
    const limits = webhook.rate_limits;
    this.assert(
      { key: `key:${webhook.id}`, limit: limits.ingress_per_key, what: 'with this auth key' },
      { key: `in:${webhook.org_id}:${address}`, limit: limits.ingress_per_address, what: 'from this address' },
    );
  }

  /** Takes a request from every bucket, or, when one is empty, from none (a refusal spends nobody's allowance). */
  private assert(...buckets: Array<{ key: string; limit: Limit; what: string }>): void {
    const decision = this.limiter.take(...buckets);
    if (decision.ok) return;
    const refusedBy = buckets.find((b) => b.key === decision.bucket)!;
    throw tooMany(refusedBy.what, decision.retryAfterSeconds, refusedBy.limit);
  }
}
