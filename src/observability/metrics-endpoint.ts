import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestHandler } from 'express';
import ipaddr from 'ipaddr.js';
import { registry } from './metrics';

/** Where a scrape may come from without a token: Prometheus runs beside the service, not on the internet. */
const NEARBY_RANGES = new Set(['loopback', 'private', 'uniqueLocal', 'linkLocal']);

function isNearby(address: string | undefined): boolean {
  if (!address || !ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return NEARBY_RANGES.has(parsed.range());
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Whether a scrape may read the metrics: with METRICS_TOKEN set, only with `Authorization: Bearer <token>`;
 * without, only from loopback or private addresses. Metrics name webhooks and show traffic volumes, which the
 * public ingress port must not hand to anyone who asks.
 */
export function mayScrape(token: string | undefined, authorization: string | undefined, clientAddress: string | undefined): boolean {
  if (!token) return isNearby(clientAddress);
  const presented = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
  return presented !== undefined && timingSafeEqual(digest(presented), digest(token));
}

/** This process's metrics in the Prometheus text format, with `more` (the Temporal SDK's) appended. */
async function exposition(more?: () => Promise<string>): Promise<string> {
  const own = await registry.metrics();
  const extra = more ? await more().catch(() => '') : '';
  return extra ? `${own}\n${extra}` : own;
}

/** `GET /metrics` on the API's port (`req.ip` honours TRUST_PROXY, so a proxied internet client is not nearby). */
export function metricsRoute(token: string | undefined): RequestHandler {
  return async (req, res) => {
    if (!mayScrape(token, req.get('authorization'), req.ip)) {
      res.status(403).type('text/plain').send('metrics need METRICS_TOKEN, or a scrape from a private network\n');
      return;
    }
    res.type(registry.contentType).send(await exposition());
  };
}

export interface MetricsServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** The worker's own small HTTP listener: `GET /metrics` only, its metrics followed by the Temporal SDK's. */
export async function startMetricsServer(options: { host: string; port: number; token?: string; sdkMetricsUrl?: string }): Promise<MetricsServer> {
  const sdk = options.sdkMetricsUrl;
  const sdkText = sdk ? async () => (await fetch(sdk, { signal: AbortSignal.timeout(2000) })).text() : undefined;
  const answer = async (req: IncomingMessage) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') return { status: 404, type: 'text/plain', body: 'not found\n' };
    if (!mayScrape(options.token, req.headers.authorization, req.socket.remoteAddress)) return { status: 403, type: 'text/plain', body: 'forbidden\n' };
    return { status: 200, type: registry.contentType, body: await exposition(sdkText) };
  };
  const server = createServer((req, res) => {
    answer(req).then(
      ({ status, type, body }) => res.writeHead(status, { 'content-type': type }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}/metrics`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
