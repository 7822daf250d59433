import type { RequestHandler } from 'express';
import { authenticateApiToken } from '../db/repositories/organizations';
import type { Db } from '../db/database';
import { Problem } from './problem';

/** Resolves `Authorization: Bearer <token>` to the one organization the token belongs to. */
export function bearerAuth(db: Db): RequestHandler {
  return async (req, res, next) => {
    try {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
      if (!match) throw new Problem(401, 'Unauthorized', 'Send an API token as "Authorization: Bearer <token>"', { headers: { 'WWW-Authenticate': 'Bearer' } });
      const identity = await authenticateApiToken(db, match[1]);
      if (!identity) throw new Problem(401, 'Unauthorized', 'The API token is not valid', { headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
      res.locals.auth = identity;
      next();
    } catch (err) {
      next(err);
    }
  };
}
