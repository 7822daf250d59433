import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, buildUrl, request, setUnauthorizedHandler } from './client';

function respond(status: number, body: unknown, contentType = 'application/problem+json') {
  return vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': contentType } }));
}

describe('api client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('builds URLs under /api/v1 and drops empty query values', () => {
    expect(buildUrl('/logs/incoming', { status: '', caller: '+1555', limit: 50, cursor: null })).toBe(
      '/api/v1/logs/incoming?caller=%2B1555&limit=50',
    );
  });

  it('sends the bearer token and JSON body', async () => {
    const fetchMock = respond(200, { ok: true }, 'application/json');
    vi.stubGlobal('fetch', fetchMock);
    await request('POST', '/tags', { body: { name: 'AGE' }, token: 't1' });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/tags');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer t1');
    expect(init.body).toBe('{"name":"AGE"}');
  });

  it('turns a problem document into an ApiError with field messages', async () => {
    vi.stubGlobal(
      'fetch',
      respond(422, {
        type: 'about:blank',
        title: 'Unprocessable Entity',
        status: 422,
        detail: 'The body template does not render',
        errors: [{ path: 'body_template', message: 'unknown tag [NOPE]' }],
      }),
    );
    const err = await request('POST', '/outgoing-webhooks', { body: {}, token: 't' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toBe('The body template does not render');
    expect((err as ApiError).fieldErrors()).toEqual({ body_template: 'unknown tag [NOPE]' });
  });

  it('drops the location prefix from field paths', () => {
    const e = new ApiError(400, { detail: 'x', errors: [{ path: 'body.retry.max_attempts', message: 'too big' }] });
    expect(e.fieldErrors()).toEqual({ 'retry.max_attempts': 'too big' });
  });

  it('calls the unauthorized handler on 401 unless told not to', async () => {
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    vi.stubGlobal('fetch', respond(401, { title: 'Unauthorized', status: 401 }));
    await expect(request('GET', '/me', { token: 'x', ignoreUnauthorized: true })).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).not.toHaveBeenCalled();
    await expect(request('GET', '/tags', { token: 'x' })).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('explains a network failure in plain words', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('fetch failed'))));
    const err = (await request('GET', '/tags', { token: 't' }).catch((e: unknown) => e)) as ApiError;
    expect(err.status).toBe(0);
    expect(err.message).toMatch(/Could not reach the server/);
  });
});
