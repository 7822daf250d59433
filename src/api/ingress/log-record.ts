import type { NewIncomingRequest } from '../../db/repositories/incoming-requests';
import { redactHeaders, redactQuery, redactText } from '../../security/redact';
import { mapStrings, storableText } from '../../security/storable';
import type { IngressRequest } from './request';

/** What one ingress exchange matched, as far as it got. */
export interface ExchangeSummary {
  id: string;
  receivedAt: Date;
  started: bigint;
  /** The key the request presented, valid or not. */
  key?: string;
  webhook?: { id: string; org_id: string };
  caller?: string;
  callId?: string;
}

/**
 * The request log's record of one exchange. The presented key is removed wherever the sender put it (any
 * parameter, any header such as Referer or X-Forwarded-For, the body, an echo in the response), secret-looking
 * headers and parameters are redacted by name, and every string is made storable, so one request can never
 * fail a log write.
 */
export function ingressLogRecord(req: IngressRequest, exchange: ExchangeSummary, status: number, response: unknown): NewIncomingRequest & { response_body: string } {
  const keep = <T>(value: T): T => mapStrings(value, (text) => storableText(redactText(text, [exchange.key])));
  const { raw } = req;
  return {
    id: exchange.id,
    org_id: exchange.webhook?.org_id ?? null,
    received_at: exchange.receivedAt,
    method: req.method,
    path: keep(req.path),
    query: JSON.stringify(keep(redactQuery(req.query))),
    headers: JSON.stringify(keep(redactHeaders(req.headers))),
    body: raw?.length ? keep(raw.toString('utf8')) : null,
    status,
    response_body: JSON.stringify(keep(response)),
    webhook_id: exchange.webhook?.id ?? null,
    caller_id: exchange.caller ? keep(exchange.caller) : null,
    call_id: exchange.callId ? keep(exchange.callId) : null,
    latency_ms: Number((process.hrtime.bigint() - exchange.started) / 1_000_000n),
  };
}
