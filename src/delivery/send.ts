import { errors, request, type Dispatcher } from 'undici';
import { ForbiddenTargetError } from '../net/target-safety';

/** Response bodies are kept up to this size; the rest is read off the wire and dropped. */
export const MAX_CAPTURED_BODY = 64 * 1024;

export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface CapturedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  body_truncated: boolean;
}

export interface SendResult {
  response?: CapturedResponse;
  /** Set when no response came back: refused target, DNS, connect, timeout … */
  error?: string;
  /** Retrying cannot help: the target was refused by policy or the URL is unusable. */
  permanent: boolean;
  duration_ms: number;
}

function flatHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  return flat;
}

async function readCapped(body: Dispatcher.ResponseData['body']): Promise<{ text: string; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  for await (const chunk of body) {
    const buffer = chunk as Buffer;
    if (size < MAX_CAPTURED_BODY) chunks.push(buffer.subarray(0, MAX_CAPTURED_BODY - size));
    truncated ||= size + buffer.length > MAX_CAPTURED_BODY;
    size += buffer.length;
  }
  return { text: Buffer.concat(chunks).toString('utf8'), truncated };
}

function describeError(err: unknown, timeoutMs: number): string {
  if (err instanceof errors.HeadersTimeoutError || err instanceof errors.BodyTimeoutError) return `timed out after ${timeoutMs} ms`;
  if (err instanceof errors.ConnectTimeoutError) return 'timed out connecting';
  const cause = (err as { cause?: Error }).cause;
  if (cause instanceof ForbiddenTargetError) return cause.message;
  if (err instanceof ForbiddenTargetError) return err.message;
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: string }).code;
  return [code && !message.includes(code) ? `${code}:` : '', message, cause?.message ? `(${cause.message})` : ''].filter(Boolean).join(' ');
}

function isPermanent(err: unknown): boolean {
  const cause = (err as { cause?: unknown })?.cause;
  return (
    err instanceof ForbiddenTargetError ||
    cause instanceof ForbiddenTargetError ||
    err instanceof errors.InvalidArgumentError ||
    (err as { code?: string })?.code === 'ERR_INVALID_URL'
  );
}

/**
 * Sends one request and captures what came back. Redirects are not followed (a 3xx is the outcome); the whole
 * exchange, body included, must finish within `timeoutMs`.
 */
export async function sendRequest(req: OutgoingRequest, options: { dispatcher: Dispatcher; timeoutMs: number }): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await request(req.url, {
      method: req.method as Dispatcher.HttpMethod,
      headers: req.headers,
      body: req.body,
      dispatcher: options.dispatcher,
      signal: AbortSignal.timeout(options.timeoutMs),
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
    const body = await readCapped(response.body);
    return {
      response: { status: response.statusCode, headers: flatHeaders(response.headers), body: body.text, body_truncated: body.truncated },
      permanent: false,
      duration_ms: elapsed(),
    };
  } catch (err) {
    const aborted = (err as Error)?.name === 'TimeoutError' || (err as Error)?.name === 'AbortError';
    return { error: aborted ? `timed out after ${options.timeoutMs} ms` : describeError(err, options.timeoutMs), permanent: isPermanent(err), duration_ms: elapsed() };
  }
}
