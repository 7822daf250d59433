import type { Express } from 'express';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/api/app';
import type { ApiContext } from '../../src/api/context';
import { heldPreCallData } from '../../src/db/repositories/pre-call-data';
import type { IngressWriter } from '../../src/incoming/ingress-writer';
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
  init: { method?: string; query?: string; json?: unknown; form?: string; body?: string; headers?: Record<string, string>; base?: string } = {},
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
  const res = await fetch(`${init.base ?? stack.api.url}${path}${init.query ? `?${init.query}` : ''}`, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
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

/** What PostgreSQL holds for the caller now, merged as a starting call would see it. */
export async function heldData(stack: TestStack, caller: string): Promise<Record<string, string>> {
  return Object.assign({}, ...(await heldPreCallData(stack.db, stack.orgId, caller)).map((e) => e.data));
}

export interface ServedApp {
  url: string;
  app: Express;
  writer: IngressWriter;
  close(): Promise<void>;
}

/** The API app on its own loopback port, with parts of the stack's context replaced (a dead Temporal, another database). */
export async function serveApp(stack: TestStack, overrides: Partial<ApiContext> = {}): Promise<ServedApp> {
  const { listener, app, ingress } = createApp({ config: stack.config, db: stack.db, temporal: stack.temporal, taskQueue: stack.config.TEMPORAL_TASK_QUEUE, ...overrides });
  const server = createServer(listener).listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    app,
    writer: ingress.writer,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await ingress.writer.close();
    },
  };
}
