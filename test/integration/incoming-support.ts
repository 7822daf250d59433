import type { TestStack } from '../support/stack';
import { waitFor } from './lifecycle-support';

// Helpers shared by the ingress, incoming-webhook and pre-call tests.

export interface IngressResponse {
  status: number;
  headers: Headers;
  body: any;
}

export async function createIncomingWebhook(stack: TestStack, input: Record<string, unknown>): Promise<{ id: string; auth_key: string; url: string; [k: string]: any }> {
  const res = await stack.request('/api/v1/incoming-webhooks', { body: { name: `test ${input.type}`, ...input } });
  if (res.status !== 201) throw new Error(`incoming webhook not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Sets a lifespan below the API's minimum, so expiry fits in a test. */
export async function shortenLifespan(stack: TestStack, webhookId: string, seconds: number): Promise<void> {
  await stack.db.updateTable('incoming_webhooks').set({ lifespan_seconds: seconds }).where('id', '=', webhookId).execute();
}

/** A request to the public ingress: `query` is appended as written (so an unencoded `+` stays one). */
export async function ingress(
  stack: TestStack,
  path: string,
  init: { method?: string; query?: string; json?: unknown; form?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<IngressResponse> {
  const headers: Record<string, string> = { ...init.headers };
  let body: string | undefined = init.body;
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  } else if (init.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = init.form;
  }
  const res = await fetch(`${stack.api.url}${path}${init.query ? `?${init.query}` : ''}`, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

/** The log record of one ingress request, once the batched writer has stored it. */
export function loggedRequest(stack: TestStack, requestId: string): Promise<any> {
  return waitFor(`log record ${requestId}`, async () => {
    const res = await stack.request(`/api/v1/logs/incoming/${requestId}`);
    return res.status === 200 ? res.body : undefined;
  });
}
