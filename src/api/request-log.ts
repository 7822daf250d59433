import type { RequestHandler } from 'express';
import { log } from '../observability/log';
import type { Principal } from '../security/roles';

const CALL_PATH = /^\/api\/v1\/calls\/([^/]+)/;

/** Probes and scrapes come every few seconds: logged at debug, so they do not bury the traffic. */
const QUIET = new Set(['/healthz', '/readyz', '/metrics']);

/** One answered request, by ids to find it elsewhere; never its query or headers, where keys and tokens travel. */
export interface RequestLine {
  /** The id it was answered with: for the ingress, its log record's id. */
  request_id: string;
  method: string;
  path: string;
  status: number;
  duration_ms: number;
  org_id?: string;
  call_id?: string;
  webhook_id?: string;
}

export function logRequest(line: RequestLine): void {
  if (QUIET.has(line.path)) log.debug(line, 'request');
  else log.info(line, 'request');
}

/** The log line of every request Express answers (the ingress writes its own), when its answer is sent. */
export function requestLog(): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const path = req.originalUrl.split('?')[0];
      const auth = res.locals.auth as Principal | undefined;
      logRequest({
        request_id: res.locals.requestId as string,
        method: req.method,
        path,
        status: res.statusCode,
        duration_ms: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        org_id: auth?.orgId,
        call_id: CALL_PATH.exec(path)?.[1],
      });
    });
    next();
  };
}
