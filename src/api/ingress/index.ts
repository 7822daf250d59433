import express, { type ErrorRequestHandler, type Express, type Request, type Response } from 'express';
import type { IngressWebhook } from '../../db/repositories/incoming-webhooks';
import type { IncomingWebhookType } from '../../db/tables/incoming';
import { newId } from '../../ids';
import type { NewIncomingRequest } from '../../db/repositories/incoming-requests';
import { isDataException } from '../../db/errors';
import { IngressWriteError, IngressWriter } from '../../incoming/ingress-writer';
import { ingressLookups } from '../../incoming/ingress-lookups';
import { headerTags } from '../../incoming/header-tags';
import { collectParameters, ParameterError, parseCallData, parsePostCall } from '../../incoming/parameters';
import { INGRESS_PATHS } from '../schemas/incoming-webhook-view';
import { ingressDuration, ingressRequests } from '../../observability/metrics';
import type { ApiContext } from '../context';
import type { OpenApiRegistry } from '../openapi';
import { Problem, toProblem } from '../problem';
import { clientAddress, type RequestLimits } from '../rate-limits';
import { authenticateIngress, presentedKey } from './authenticate';
import { acceptCallData, type PreCallIngress } from './call-data';
import { ingressLogRecord, type ExchangeSummary } from './log-record';
import { documentIngress } from './openapi';
import { applyPostCall } from './post-call';

/** Body limit of the public ingress; larger requests get 413 (and are logged without a body). */
export const INGRESS_BODY_LIMIT = 64 * 1024;

/** What one ingress request matched, for its log record. */
interface Exchange extends ExchangeSummary {
  webhook?: IngressWebhook;
  /** The status its log record was committed with, alongside its data. */
  logged?: number;
  type: IncomingWebhookType;
}

type Reply = { ok: true; request_id: string; caller_id?: string; call_id?: string; expires_at?: string; duplicate?: boolean; queued?: boolean; held?: boolean; held_id?: string };

const keepRawBody = (req: Request, _res: unknown, buf: Buffer) => {
  (req as Request & { rawBody?: Buffer }).rawBody = buf;
};

/**
 * The public ingress at `/call-data`, `/update-fields`, `/update-revenue` and `/update-tags`, authenticated by
 * each webhook's auth key. Every request, accepted or not, is answered with a request id and logged.
 */
export function mountIngress(app: Express, ctx: ApiContext, openapi: OpenApiRegistry, limits: RequestLimits): IngressWriter {
  documentIngress(openapi, INGRESS_BODY_LIMIT);
  const writer = new IngressWriter(ctx.db);
  const lookups = ingressLookups(ctx.db);
  const preCall: PreCallIngress = { ctx, writer, lookups };
  const paths = Object.values(INGRESS_PATHS);
  const exchangeOf = (res: Response): Exchange => res.locals.ingress as Exchange;

  const reply = (req: Request, res: Response, status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const exchange = exchangeOf(res);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.status(status).type(status < 400 ? 'application/json' : 'application/problem+json').send(JSON.stringify(body));
    const labels = { type: exchange.type, status };
    ingressRequests.inc(labels);
    ingressDuration.observe(labels, Number(process.hrtime.bigint() - exchange.started) / 1e9);
    // A record committed with the request's data is corrected only when the answer changed after the commit.
    if (exchange.logged === status) return;
    const record = ingressLogRecord(req, exchange, status, body);
    if (exchange.logged === undefined) writer.log(record);
    else writer.amend({ id: exchange.id, status, response_body: record.response_body, latency_ms: record.latency_ms });
  };

  const fail = (req: Request, res: Response, problem: Problem) => {
    const { headers, ...extra } = problem.extra;
    reply(req, res, problem.status, { type: 'about:blank', title: problem.title, status: problem.status, detail: problem.detail, ...extra, ok: false, request_id: exchangeOf(res).id }, headers);
  };

  const router = express.Router();
  const typeOfPath = new Map(Object.entries(INGRESS_PATHS).map(([type, path]) => [path, type as IncomingWebhookType]));
  router.use(paths, (req, res, next) => {
    // `paths` match case-insensitively and with a trailing slash; the base URL is the path as declared.
    const type = typeOfPath.get(req.baseUrl.toLowerCase().replace(/\/$/, '')) ?? 'call_data';
    const exchange: Exchange = { id: newId('req'), receivedAt: new Date(), started: process.hrtime.bigint(), type };
    res.locals.ingress = exchange;
    res.setHeader('X-Request-Id', exchange.id);
    next();
  });
  router.use(paths, express.json({ limit: INGRESS_BODY_LIMIT, verify: keepRawBody }));
  router.use(paths, express.urlencoded({ extended: false, limit: INGRESS_BODY_LIMIT, verify: keepRawBody }));

  for (const [type, path] of Object.entries(INGRESS_PATHS) as Array<[IncomingWebhookType, string]>) {
    router.all(path, async (req, res) => {
      const exchange = exchangeOf(res);
      try {
        if (req.method !== 'GET' && req.method !== 'POST') throw new Problem(405, 'Method Not Allowed', 'Use GET or POST', { headers: { Allow: 'GET, POST' } });
        exchange.key = presentedKey(req);
        const presented = { key: exchange.key, address: clientAddress(req) };
        const webhook = await authenticateIngress(lookups.webhookByKey, limits, presented, type, (matched) => (exchange.webhook = matched));
        const body = await handle(ctx, preCall, type, webhook, req, exchange, (reply) => ingressLogRecord(req, exchange, 200, reply));
        // A held postback is accepted, not yet applied.
        reply(req, res, body.held ? 202 : 200, body);
      } catch (err) {
        fail(req, res, asProblem(err));
      }
    });
  }

  // Body-parser failures (bad JSON 400, over the limit 413) still get a request id and a log record.
  const parserErrors: ErrorRequestHandler = async (err, req, res, next) => {
    if (res.headersSent || !res.locals.ingress) return next(err);
    const exchange = exchangeOf(res);
    exchange.key = presentedKey(req);
    // The body was refused before authentication; a valid key still files the record under its webhook.
    if (exchange.key) exchange.webhook = await lookups.webhookByKey(exchange.key).catch(() => undefined);
    fail(req, res, asProblem(err));
  };
  router.use(paths, parserErrors);
  app.use(router);
  return writer;
}

async function handle(
  ctx: ApiContext,
  preCall: PreCallIngress,
  type: IncomingWebhookType,
  webhook: IngressWebhook,
  req: Request,
  exchange: Exchange,
  recordOf: (reply: Reply) => NewIncomingRequest,
): Promise<Reply> {
  const params = collectParameters(req.query as Record<string, unknown>, isEmptyBody(req) ? undefined : req.body, webhook.parameter_map);
  // Lowest precedence: a query or body parameter of the same tag name wins over a header.
  const fromHeaders = headerTags(req.headers, { mode: webhook.header_tags, allow: webhook.header_tag_allow });
  if (type === 'call_data') {
    const input = parseCallData(params, webhook.region);
    input.data = { ...fromHeaders, ...input.data };
    exchange.caller = input.caller;
    return acceptCallData(preCall, webhook, input, { id: exchange.id, receivedAt: exchange.receivedAt.toISOString() }, { record: recordOf, committed: () => (exchange.logged = 200) });
  }
  const input = parsePostCall(type, params, webhook.region);
  // After parsing: headers alone are not an update (every request has some).
  if (Object.keys(fromHeaders).length > 0) input.change.add = { ...fromHeaders, ...input.change.add };
  exchange.caller = input.caller;
  const applied = await applyPostCall(ctx, webhook, input, exchange.id, (callId) => (exchange.callId = callId));
  return {
    ok: true,
    request_id: exchange.id,
    ...(applied.call_id && { call_id: applied.call_id }),
    ...(input.caller && { caller_id: input.caller }),
    duplicate: applied.duplicate,
    ...(applied.queued && { queued: true }),
    ...(applied.held && { held: true, held_id: applied.held.id, expires_at: applied.held.expires_at }),
  };
}

/** A request without a parsed body (GET, or a content type we do not parse) carries its parameters in the query. */
function isEmptyBody(req: Request): boolean {
  return req.body === undefined || (typeof req.body === 'object' && req.body !== null && !Array.isArray(req.body) && Object.keys(req.body).length === 0);
}

const databaseUnavailable = () => new Problem(503, 'Service Unavailable', 'The database is unreachable; nothing was stored. Retry shortly.', { headers: { 'Retry-After': '5' } });

/** The ingress's own errors (its write and its parameters), then the API's one mapping. */
function asProblem(err: unknown): Problem {
  if (err instanceof IngressWriteError) {
    if (err.reason === 'unavailable') return databaseUnavailable();
    if (isDataException(err.cause)) return new Problem(400, 'Bad Request', `A value in this request cannot be stored: ${(err.cause as Error).message}`);
    console.error('ingress: a request\'s data was refused', err.cause);
    return new Problem(500, 'Internal Server Error', 'The data could not be stored');
  }
  if (err instanceof ParameterError) return new Problem(400, 'Bad Request', err.message, { errors: [{ path: err.field, message: err.reason }] });
  return toProblem(err, `${INGRESS_BODY_LIMIT / 1024} KB`, (msg, cause) => console.error(`ingress: ${msg}`, cause));
}
