import type { ErrorRequestHandler, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { z } from 'zod';
import { asDependencyUnavailable } from '../health/dependency-unavailable';
import { CallClosed, CallNotFound } from '../shared/call-errors';

export interface FieldProblem {
  path: string;
  message: string;
}

/** An error that becomes an `application/problem+json` response (RFC 9457). */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly extra: { errors?: FieldProblem[]; headers?: Record<string, string>; [key: string]: unknown } = {},
  ) {
    super(detail ?? title);
  }
}

export const notFound = (what: string) => new Problem(404, 'Not Found', `${what} was not found`);
export const conflict = (detail: string, extra: Record<string, unknown> = {}) => new Problem(409, 'Conflict', detail, extra);

export function fieldProblems(error: z.ZodError, prefix = ''): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)',
    message: issue.message,
  }));
}

/**
 * 400 naming every offending field, e.g. `body.call.from: must be a string`; 422 when the input has the documented
 * shape and only fails checks a schema cannot state (issues marked `unprocessable`).
 */
export function validationProblem(error: z.ZodError, where: string): Problem {
  const errors = fieldProblems(error, where);
  const unprocessable = error.issues.every((issue) => issue.code === 'custom' && issue.params?.unprocessable === true);
  const [status, title] = unprocessable ? [422, 'Unprocessable Entity'] : [400, 'Bad Request'];
  return new Problem(status, title, errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
}

export function sendProblem(res: Response, problem: Problem): void {
  const { headers, ...extra } = problem.extra;
  for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
  res
    .status(problem.status)
    .type('application/problem+json')
    .send(JSON.stringify({ type: 'about:blank', title: problem.title, status: problem.status, detail: problem.detail, ...extra }));
}

/** Seconds a client should wait before retrying a request refused because a dependency is down. */
const RETRY_AFTER_SECONDS = 5;

/** 503 + Retry-After when the error says PostgreSQL or Temporal is unreachable; otherwise undefined. */
export function dependencyProblem(err: unknown): Problem | undefined {
  const unavailable = asDependencyUnavailable(err);
  if (!unavailable) return undefined;
  return new Problem(503, 'Service Unavailable', `${unavailable.dependency} is unavailable right now, so the request was not accepted; retry in ${RETRY_AFTER_SECONDS} s.`, {
    headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
  });
}

/**
 * A body-parser error as a problem naming the body: 400 bad JSON, 413 over `limit`, 415 an unsupported charset or
 * encoding. Undefined for any other error.
 */
export function bodyParserProblem(err: unknown, limit: string): Problem | undefined {
  const status = (err as { status?: unknown })?.status;
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  const message = (err as Error).message;
  const tooLarge = (err as { type?: string }).type === 'entity.too.large';
  return new Problem(status, STATUS_CODES[status] ?? 'Bad Request', tooLarge ? `The body is over the ${limit} limit` : `body: ${message}`, {
    errors: [{ path: 'body', message }],
  });
}

/** A call that is not there (404) or no longer takes events (409), as the modules below the API say it. */
export function callProblem(err: unknown): Problem | undefined {
  if (err instanceof CallNotFound) return notFound(`Call ${err.callId}`);
  if (err instanceof CallClosed) return conflict(err.message);
  return undefined;
}

/**
 * The problem any error is answered with: a Problem as thrown, a call that is not there or closed, a dependency
 * down (503), a refused body; anything else is logged and answered 500.
 */
export function toProblem(err: unknown, bodyLimit: string, log: (msg: string, err: unknown) => void): Problem {
  if (err instanceof Problem) return err;
  const known = callProblem(err) ?? dependencyProblem(err) ?? bodyParserProblem(err, bodyLimit);
  if (known) return known;
  log('unhandled error', err);
  return new Problem(500, 'Internal Server Error', 'An unexpected error occurred');
}

/** The one error middleware at the end of the chain. */
export function problemMiddleware(log: (msg: string, err: unknown) => void, bodyLimit: string): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    sendProblem(res, toProblem(err, bodyLimit, log));
  };
}
