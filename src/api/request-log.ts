import type { RequestHandler } from 'express';
import type { ExchangeSummary } from './ingress/log-record';
import { log } from '../observability/log';
import type { Principal } from '../security/roles';

const CALL_PATH = /^\/api\/v1\/calls\/([^/]+)/;

/** Probes and scrapes come every few seconds: logged at debug, so they do not bury the traffic. */
const QUIET = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * One log line per HTTP request, when its answer is sent: ids to find it elsewhere (the request id it was
 * answered with, which is the ingress log's id; the call; the organization), never its query or headers,
 * where keys and tokens travel.
 */
export function requestLog(): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const path = req.originalUrl.split('?')[0];
      const exchange = res.locals.ingress as ExchangeSummary | undefined;
      const auth = res.locals.auth as Principal | undefined;
      const line = {
        request_id: exchange?.id ?? (res.locals.requestId as string),
        method: req.method,
        path,
        status: res.statusCode,
        duration_ms: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        org_id: auth?.orgId ?? exchange?.webhook?.org_id,
        call_id: exchange?.callId ?? CALL_PATH.exec(path)?.[1],
        webhook_id: exchange?.webhook?.id,
      };
      if (QUIET.has(path)) log.debug(line, 'request');
      else log.info(line, 'request');
    });
    next();
  };
}
