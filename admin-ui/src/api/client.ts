// The one place that talks HTTP to the management API: base URL, bearer auth,
// JSON encoding and application/problem+json parsing.
import type { Problem } from './types';

export const API_BASE = '/api/v1';
const TOKEN_KEY = 'callhooks.admin.token';

// The token lives in localStorage so a tab opened with Ctrl-click (or a pasted link) is signed in too. The
// trade-off: it outlives the tab and the browser session until "Sign out" (which signs every tab out) or the
// token expires or is revoked; sessionStorage would be per tab. Script access is the same either way, and the
// strict Content-Security-Policy is what keeps foreign scripts out.
export function getToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else localStorage.removeItem(TOKEN_KEY);
  } catch {
    /* storage unavailable: stay signed out */
  }
}

/** An API answer that was not 2xx, carrying the parsed problem document. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(describeProblem(status, problem));
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /**
   * Field-level messages keyed by their path ("body_template", "retry.max_attempts"); the
   * server's location prefix ("body.", "query.") is dropped so paths match form fields.
   */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) {
      const key = (e.path || '').replace(/^(body|query|params)\./, '');
      out[key] = out[key] ? `${out[key]}; ${e.message}` : e.message;
    }
    return out;
  }
}

/** Plain words for a failed request. */
export function describeProblem(status: number, problem: Problem): string {
  if (problem.detail) return problem.detail;
  if (problem.title) return problem.title;
  switch (status) {
    case 0:
      return 'Could not reach the server. Check your connection and try again.';
    case 400:
      return 'The request was not valid.';
    case 401:
      return 'Your session has expired. Please sign in again.';
    case 403:
      return 'You do not have access to this.';
    case 404:
      return 'Not found.';
    case 409:
      return 'This conflicts with something else that exists.';
    case 422:
      return 'Some fields need attention.';
    default:
      return status >= 500 ? `The server had a problem (${status}). Try again in a moment.` : `Request failed (${status}).`;
  }
}

/** Turn anything thrown into a sentence for the screen. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}

type UnauthorizedHandler = () => void;
let onUnauthorized: UnauthorizedHandler = () => {};
/** Called (once per 401) so the app can go back to the sign-in page. */
export function setUnauthorizedHandler(fn: UnauthorizedHandler): void {
  onUnauthorized = fn;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function buildUrl(path: string, query?: Query): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    qs.set(k, String(v));
  }
  const s = qs.toString();
  return `${API_BASE}${path}${s ? `?${s}` : ''}`;
}

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Use this token instead of the stored one (sign-in verification). */
  token?: string;
  /** Do not trigger the global sign-out on 401 (sign-in verification). */
  ignoreUnauthorized?: boolean;
  signal?: AbortSignal;
}

async function parseProblem(res: Response): Promise<Problem> {
  const text = await res.text().catch(() => '');
  if (!text) return { status: res.status, title: res.statusText };
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed && typeof parsed === 'object') {
      const p = parsed as Problem & { message?: string; error?: string };
      return {
        ...p,
        detail: p.detail ?? p.message ?? (typeof p.error === 'string' ? p.error : undefined),
      };
    }
  } catch {
    /* not JSON */
  }
  return { status: res.status, title: res.statusText, detail: text.slice(0, 300) };
}

/** Sends a request with the stored bearer token; a non-2xx answer throws an ApiError (a 401 signs out). */
async function send(method: string, path: string, opts: RequestOptions, accept: string): Promise<Response> {
  const token = opts.token ?? getToken();
  const headers: Record<string, string> = { Accept: accept };
  if (token) headers.Authorization = `Bearer ${token}`;
  let body: string | undefined;
  if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), { method, headers, body, signal: opts.signal });
  } catch (err) {
    if ((err as Error)?.name === 'AbortError') throw err;
    throw new ApiError(0, {});
  }
  if (!res.ok) {
    const problem = await parseProblem(res);
    if (res.status === 401 && !opts.ignoreUnauthorized) {
      setToken(null);
      onUnauthorized();
    }
    throw new ApiError(res.status, problem);
  }
  return res;
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await send(method, path, opts, 'application/json');
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A file the API answers with (CSV exports), and the name it suggests for it. */
export async function download(path: string, query?: Query): Promise<{ blob: Blob; filename: string }> {
  const res = await send('GET', path, { query }, '*/*');
  const filename = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'export.csv';
  return { blob: await res.blob(), filename };
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, signal?: AbortSignal) => request<T>('POST', path, { body: body ?? {}, signal }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  del: <T = void>(path: string) => request<T>('DELETE', path),
};

/** Path segment encoding for ids. */
export const seg = (id: string) => encodeURIComponent(id);
