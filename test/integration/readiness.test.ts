import { Connection, Client } from '@temporalio/client';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/api/app';
import { createDb } from '../../src/db/database';
import { freePort } from '../../src/dev/free-port';
import { startTestStack, type TestStack } from '../support/stack';

describe('health and readiness', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  it('reports ready with detail when PostgreSQL and Temporal answer', async () => {
    const health = await stack.request('/healthz', { token: null });
    expect(health).toMatchObject({ status: 200, body: { ok: true } });
    const ready = await stack.request('/readyz', { token: null });
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ ok: true, checks: { postgres: { ok: true }, temporal: { ok: true } } });
  });

  it('answers 503 naming what is down', async () => {
    await withDeadDependencies({ postgres: true }, async (base) => {
      const res = await fetch(`${base}/readyz`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as any;
      expect(body.ok).toBe(false);
      expect(body.checks.postgres).toMatchObject({ ok: false, error: expect.any(String) });
      expect(body.checks.temporal).toMatchObject({ ok: false, error: expect.any(String) });
    });
  });

  it('refuses with 503 + Retry-After, not 500, on every kind of route while PostgreSQL is down', async () => {
    await withDeadDependencies({ postgres: true }, async (base) => {
      const management = await fetch(`${base}/api/v1/outgoing-webhooks`, { headers: { authorization: `Bearer ${stack.token}` } });
      const ingress = await fetch(`${base}/call-data?auth_key=chk_in_some_key&caller_id=5551230000`);
      for (const res of [management, ingress]) {
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toBe('5');
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(((await res.json()) as any).detail).toMatch(/^PostgreSQL is unavailable/);
      }
    });
  });

  it('refuses a platform event with 503 + Retry-After while Temporal is down', async () => {
    await withDeadDependencies({ postgres: false }, async (base) => {
      const res = await fetch(`${base}/api/v1/calls/call-1/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${stack.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'incoming', call: { from: '+15551230001', to: '+18005550100' } }),
      });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(((await res.json()) as any).detail).toMatch(/^Temporal is unavailable/);
    });
  });

  /** The API with Temporal (and, if asked, PostgreSQL) at a port where nothing listens. */
  async function withDeadDependencies(dead: { postgres: boolean }, run: (base: string) => Promise<void>): Promise<void> {
    const deadPort = await freePort();
    const db = dead.postgres ? createDb(`postgres://nobody:nothing@127.0.0.1:${deadPort}/none`) : stack.db;
    // No client-side retries: the probe should see the refusal, not a retry loop outliving the test.
    const connection = Connection.lazy({ address: `127.0.0.1:${deadPort}`, interceptors: [] });
    const { listener, ingress } = createApp({ ...appContext(stack), db, temporal: new Client({ connection }) });
    const server = createServer(listener).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    } finally {
      server.close();
      await ingress.writer.close();
      if (dead.postgres) await db.destroy();
      await connection.close();
    }
  }
});

function appContext(stack: TestStack) {
  return { config: stack.config, db: stack.db, temporal: stack.temporal, taskQueue: stack.config.TEMPORAL_TASK_QUEUE };
}

