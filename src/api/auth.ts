import type { RequestHandler } from 'express';
import { authenticateApiToken, type TokenCheck } from '../db/repositories/api-tokens';
import type { Db } from '../db/database';
import { apiTokenLookups } from '../observability/metrics';
import { KeptBySecret } from '../security/kept-by-secret';
import { Problem } from './problem';
import { clientAddress, type RequestLimits } from './rate-limits';

const unauthorized = (detail: string, error?: string) =>
  new Problem(401, 'Unauthorized', detail, { headers: { 'WWW-Authenticate': error ? `Bearer error="${error}"` : 'Bearer' } });

function refused(check: Exclude<TokenCheck, { ok: true }>): Problem {
  if (check.reason === 'revoked') return unauthorized(`The API token was revoked at ${check.at?.toISOString()}`, 'invalid_token');
  if (check.reason === 'expired') return unauthorized(`The API token expired at ${check.at?.toISOString()}`, 'invalid_token');
  if (check.reason === 'organization_disabled') return new Problem(403, 'Forbidden', `The organization was disabled at ${check.at?.toISOString()}`);
  return unauthorized('The API token is not valid', 'invalid_token');
}

/** The bearer token of a request, if it sent one. */
export function presentedBearer(header: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
}

/**
 * API tokens' checks, kept in memory between changes like ingress keys (docs/access.md): each platform event would
 * otherwise cost a query. An accepted token is kept until it expires, a refused one never.
 */
export function apiTokenChecks(db: Db): KeptBySecret<TokenCheck> {
  return new KeptBySecret((token) => authenticateApiToken(db, token), {
    keepUntil: (check) => (check.ok ? (check.expiresAt?.getTime() ?? Infinity) : undefined),
    counted: (source) => apiTokenLookups.inc({ source }),
  });
}

/**
 * Resolves `Authorization: Bearer <token>` to its principal (one organization, one role) within the rate
 * limits: the token's, its client address's, and the address's refused tokens (checked before the lookup).
 */
export function bearerAuth(tokens: KeptBySecret<TokenCheck>, limits: RequestLimits): RequestHandler {
  return async (req, res, next) => {
    try {
      const token = presentedBearer(req.get('authorization'));
      if (!token) throw unauthorized('Send an API token as "Authorization: Bearer <token>"');
      const address = clientAddress(req);
      limits.assertNotLockedOut(address);
      const check = await tokens.get(token);
      if (!check.ok) {
        limits.countRefusal(address);
        throw refused(check);
      }
      limits.assertApiAllowed(check.principal, check.limits, address);
      res.locals.auth = check.principal;
      next();
    } catch (err) {
      next(err);
    }
  };
}
