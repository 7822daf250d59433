import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery, type ParsedUrlQuery } from 'node:querystring';
import express from 'express';
import proxyaddr from 'proxy-addr';

/** Body limit of the public ingress; larger requests get 413 (and are logged without a body). */
export const INGRESS_BODY_LIMIT = 64 * 1024;

/** An ingress request as the handler and its log record see it. */
export interface IngressRequest {
  method: string;
  /** The path as sent, without the query. */
  path: string;
  query: ParsedUrlQuery;
  headers: IncomingHttpHeaders;
  /** The client: the socket's address, or X-Forwarded-For's as far as TRUST_PROXY trusts the proxies. */
  address: string;
  /** The parsed JSON or form body; undefined for none, or a content type not parsed. */
  body?: unknown;
  /** The body as sent, once read. */
  raw?: Buffer;
}

/** Which proxies' X-Forwarded-For to believe: Express's compiled `trust proxy` setting. */
export type Trust = (address: string, hop: number) => boolean;
type Parsed = IncomingMessage & { body?: unknown; raw?: Buffer };

const keepRaw = (req: IncomingMessage, _res: unknown, buf: Buffer) => ((req as Parsed).raw = buf);
const parsers = [
  express.json({ limit: INGRESS_BODY_LIMIT, verify: keepRaw }),
  express.urlencoded({ extended: false, limit: INGRESS_BODY_LIMIT, verify: keepRaw }),
];

/** The request line and headers, read before the body: what even a request whose body is refused is logged with. */
export function requestOf(req: IncomingMessage, path: string, search: string, trust: Trust): IngressRequest {
  return { method: req.method ?? 'GET', path, query: parseQuery(search), headers: req.headers, address: proxyaddr(req, trust) };
}

/** Reads the body with Express's own parsers (their limits, charsets and errors); rejects as they fail. */
export async function readBody(req: IncomingMessage, res: ServerResponse, into: IngressRequest): Promise<void> {
  try {
    for (const parser of parsers) {
      await new Promise<void>((resolve, reject) => parser(req as express.Request, res as express.Response, (err?: unknown) => (err ? reject(err) : resolve())));
    }
  } finally {
    into.body = (req as Parsed).body;
    into.raw = (req as Parsed).raw;
  }
}
