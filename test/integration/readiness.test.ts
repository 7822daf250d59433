import { Connection, Client } from '@temporalio/client';
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
    const deadPort = await freePort();
    const db = createDb(`postgres://nobody:nothing@127.0.0.1:${deadPort}/none`);
    // No client-side retries: the probe should see the refusal, not a retry loop outliving the test.
    const connection = Connection.lazy({ address: `127.0.0.1:${deadPort}`, interceptors: [] });
    const app = createApp({ ...appContext(stack), db, temporal: new Client({ connection }) });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/readyz`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as any;
      expect(body.ok).toBe(false);
      expect(body.checks.postgres).toMatchObject({ ok: false, error: expect.any(String) });
      expect(body.checks.temporal).toMatchObject({ ok: false, error: expect.any(String) });
    } finally {
      server.close();
      await db.destroy();
      await connection.close();
    }
  });
});

function appContext(stack: TestStack) {
  return { config: stack.config, db: stack.db, temporal: stack.temporal, taskQueue: stack.config.TEMPORAL_TASK_QUEUE };
}

