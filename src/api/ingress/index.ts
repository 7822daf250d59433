import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IngressWebhook } from '../../db/repositories/incoming-webhooks';
import type { IncomingWebhookType } from '../../db/tables/incoming';
import { newId } from '../../ids';
import type { NewIncomingRequest } from '../../db/repositories/incoming-requests';
import { isDataException } from '../../db/errors';
import { IngressWriteError, IngressWriter } from '../../incoming/ingress-writer';
import { ingressLookups, type IngressLookups } from '../../incoming/ingress-lookups';
import { headerTags } from '../../incoming/header-tags';
import { collectParameters, ParameterError, parseCallData, parsePostCall } from '../../incoming/parameters';
import { INGRESS_PATHS } from '../schemas/incoming-webhook-view';
import { ingressDuration, ingressRequests } from '../../observability/metrics';
import type { ApiContext } from '../context';
import type { OpenApiRegistry } from '../openapi';
import { Problem, toProblem } from '../problem';
import type { RequestLimits } from '../rate-limits';
import { logRequest } from '../request-log';
import { DATA_ONLY_HEADERS } from '../security-headers';
import { authenticateIngress, presentedKey } from './authenticate';
import { acceptCallData, type PreCallIngress } from './call-data';
import { ingressLogRecord, type ExchangeSummary } from './log-record';
import { documentIngress } from './openapi';
import { applyPostCall } from './post-call';
import { INGRESS_BODY_LIMIT, readBody, requestOf, type IngressRequest, type Trust } from './request';

/** What one ingress request matched, for its log record. */
interface Exchange extends ExchangeSummary {
  webhook?: IngressWebhook;
  /** The status its log record was committed with, alongside its data. */
  logged?: number;
  type: IncomingWebhookType;
}

type Reply = { ok: true; request_id: string; caller_id?: string; call_id?: string; expires_at?: string; duplicate?: boolean; queued?: boolean; held?: boolean; held_id?: string };

/** The public ingress as the server mounts it: requests it takes, and what the server starts and stops with it. */
export interface Ingress {
  /** Answers a request to one of the ingress paths and returns true; any other request is left alone. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
  /** The group-commit writer: closing it writes every answered request before the process goes. */
  writer: IngressWriter;
  lookups: IngressLookups;
}

// The paths match case-insensitively and with a trailing slash, as Express routes do.
const TYPE_OF_PATH = new Map(Object.entries(INGRESS_PATHS).map(([type, path]) => [path, type as IncomingWebhookType]));
const typeOfPath = (path: string) => TYPE_OF_PATH.get(path.toLowerCase().replace(/(.)\/$/, '$1'));

/**
 * The public ingress at `/call-data`, `/update-fields`, `/update-revenue` and `/update-tags`, authenticated by
 * each webhook's auth key. Every request, accepted or not, is answered with a request id and logged. It is served
 * on Node's own request handler, ahead of Express: it is the one path lead sources drive at volume, and Express's
 * router, middleware chain and response helpers cost over a third of its CPU per post (docs/performance.md).
 */
export function createIngress(ctx: ApiContext, openapi: OpenApiRegistry, limits: RequestLimits, trust: Trust): Ingress {
  documentIngress(openapi, INGRESS_BODY_LIMIT);
  const writer = new IngressWriter(ctx.db);
  const lookups = ingressLookups(ctx.db);
  const preCall: PreCallIngress = { ctx, writer, lookups };

  const reply = (req: IngressRequest, res: ServerResponse, exchange: Exchange, status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      ...DATA_ONLY_HEADERS,
      ...headers,
      'X-Request-Id': exchange.id,
      'Content-Type': `${status < 400 ? 'application/json' : 'application/problem+json'}; charset=utf-8`,
      'Content-Length': Buffer.byteLength(text),
    });
    res.end(text);
    const seconds = Number(process.hrtime.bigint() - exchange.started) / 1e9;
    const labels = { type: exchange.type, status };
    ingressRequests.inc(labels);
    ingressDuration.observe(labels, seconds);
    logRequest({ request_id: exchange.id, method: req.method, path: req.path, status, duration_ms: Math.round(seconds * 1e5) / 100, org_id: exchange.webhook?.org_id, call_id: exchange.callId, webhook_id: exchange.webhook?.id });
    // A record committed with the request's data is corrected only when the answer changed after the commit.
    if (exchange.logged === status) return;
    const record = ingressLogRecord(req, exchange, status, body);
    if (exchange.logged === undefined) writer.log(record);
    else writer.amend({ id: exchange.id, status, response_body: record.response_body, latency_ms: record.latency_ms });
  };

  const fail = (req: IngressRequest, res: ServerResponse, exchange: Exchange, problem: Problem) => {
    const { headers, ...extra } = problem.extra;
    reply(req, res, exchange, problem.status, { type: 'about:blank', title: problem.title, status: problem.status, detail: problem.detail, ...extra, ok: false, request_id: exchange.id }, headers);
  };

  const answer = async (req: IngressRequest, res: ServerResponse, exchange: Exchange) => {
    try {
      if (req.method !== 'GET' && req.method !== 'POST') throw new Problem(405, 'Method Not Allowed', 'Use GET or POST', { headers: { Allow: 'GET, POST' } });
      exchange.key = presentedKey(req);
      const presented = { key: exchange.key, address: req.address };
      const webhook = await authenticateIngress(lookups.webhookByKey, limits, presented, exchange.type, (matched) => (exchange.webhook = matched));
      const body = await handle(ctx, preCall, webhook, req, exchange, (reply) => ingressLogRecord(req, exchange, 200, reply));
      // A held postback is accepted, not yet applied.
      reply(req, res, exchange, body.held ? 202 : 200, body);
    } catch (err) {
      fail(req, res, exchange, asProblem(err));
    }
  };

  // A body refused by the parsers (bad JSON 400, over the limit 413) still gets a request id and a log record.
  const refuseBody = async (req: IngressRequest, res: ServerResponse, exchange: Exchange, err: unknown) => {
    exchange.key = presentedKey(req);
    // The body was refused before authentication; a valid key still files the record under its webhook.
    if (exchange.key) exchange.webhook = await lookups.webhookByKey(exchange.key).catch(() => undefined);
    fail(req, res, exchange, asProblem(err));
  };

  return {
    writer,
    lookups,
    serve(message, res) {
      const url = message.url ?? '/';
      const queryAt = url.indexOf('?');
      const path = queryAt < 0 ? url : url.slice(0, queryAt);
      const type = typeOfPath(path);
      if (!type) return false;
      const exchange: Exchange = { id: newId('req'), receivedAt: new Date(), started: process.hrtime.bigint(), type };
      const req = requestOf(message, path, queryAt < 0 ? '' : url.slice(queryAt + 1), trust);
      readBody(message, res, req)
        .then(
          () => answer(req, res, exchange),
          (err) => refuseBody(req, res, exchange, err),
        )
        .catch((err) => {
          console.error('ingress: a request could not be answered', err);
          if (!res.headersSent) res.writeHead(500).end();
        });
      return true;
    },
  };
}

async function handle(
  ctx: ApiContext,
  preCall: PreCallIngress,
  webhook: IngressWebhook,
  req: IngressRequest,
  exchange: Exchange,
  recordOf: (reply: Reply) => NewIncomingRequest,
): Promise<Reply> {
  const params = collectParameters(req.query, isEmptyBody(req.body) ? undefined : req.body, webhook.parameter_map);
  // Lowest precedence: a query or body parameter of the same tag name wins over a header.
  const fromHeaders = headerTags(req.headers, { mode: webhook.header_tags, allow: webhook.header_tag_allow });
  if (exchange.type === 'call_data') {
    const input = parseCallData(params, webhook.region);
    input.data = { ...fromHeaders, ...input.data };
    exchange.caller = input.caller;
    return acceptCallData(preCall, webhook, input, { id: exchange.id, receivedAt: exchange.receivedAt.toISOString() }, { record: recordOf, committed: () => (exchange.logged = 200) });
  }
  const input = parsePostCall(exchange.type, params, webhook.region);
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
function isEmptyBody(body: unknown): boolean {
  return body === undefined || (typeof body === 'object' && body !== null && !Array.isArray(body) && Object.keys(body).length === 0);
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
