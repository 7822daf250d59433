import { DefaultLogger, Runtime } from '@temporalio/worker';
import { randomBytes } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { startApiServer, type RunningApi } from '../../src/api/server';
import { loadConfig, type Config } from '../../src/config';
import { bootstrapDatabase } from '../../src/db/bootstrap';
import { createDb, type Db } from '../../src/db/database';
import { connectTemporalClient } from '../../src/temporal/connect';
import { logRetentionScheduleId, preCallExpiryScheduleId } from '../../src/temporal/schedules';
import { createCallWorker } from '../../src/worker';
import type { Client } from '@temporalio/client';
import { Receiver } from './receiver';

let runtimeInstalled = false;

export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

export function testServices(): { databaseUrl: string; temporalAddress: string; workflowBundlePath: string } {
  const databaseUrl = process.env.CALLHOOKS_TEST_DATABASE_URL;
  const temporalAddress = process.env.CALLHOOKS_TEST_TEMPORAL_ADDRESS;
  const workflowBundlePath = process.env.CALLHOOKS_TEST_WORKFLOW_BUNDLE;
  if (!databaseUrl || !temporalAddress || !workflowBundlePath) throw new Error('integration tests need the jest global setup (run them with npm test)');
  return { databaseUrl, temporalAddress, workflowBundlePath };
}

/** A database of its own for one test file, so files never see each other's rows. */
export async function createTestDatabase(): Promise<string> {
  const { databaseUrl } = testServices();
  const name = uniqueName('callhooks_test');
  const admin = new PgClient({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

type RequestInit = { method?: string; body?: unknown; token?: string | null; headers?: Record<string, string> };

export interface TestStack {
  config: Config;
  db: Db;
  temporal: Client;
  api: RunningApi;
  orgId: string;
  token: string;
  /** fetch against the API with the organization's bearer token. */
  request(path: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: any }>;
  /** The JSON body of a request that must succeed (2xx); anything else throws with the status and body. */
  ok(path: string, init?: RequestInit): Promise<any>;
  stop(): Promise<void>;
}

/** Another API process on the stack's database, as a second replica runs: what one changes must reach the other. */
export function startSecondApi(stack: TestStack): Promise<RunningApi> {
  return startApiServer({ config: stack.config, db: stack.db, temporalAddress: testServices().temporalAddress });
}

/**
 * The whole system for one test file: its own database, its own task queue and worker, the API on an
 * ephemeral loopback port, and an admin token for the default organization.
 */
export async function startTestStack(env: Record<string, string> = {}, options: { worker?: boolean } = {}): Promise<TestStack> {
  if (!runtimeInstalled) {
    // ERROR only: retried and failed activities are what many tests provoke on purpose.
    Runtime.install({ logger: new DefaultLogger('ERROR'), shutdownSignals: [] });
    runtimeInstalled = true;
  }
  const services = testServices();
  const token = `chk_${randomBytes(24).toString('base64url')}`;
  const config = loadConfig({
    DATABASE_URL: await createTestDatabase(),
    TEMPORAL_ADDRESS: services.temporalAddress,
    TEMPORAL_TASK_QUEUE: uniqueName('test-queue'),
    PORT: '0',
    HOST: '127.0.0.1',
    ADMIN_TOKEN: token,
    OUTGOING_ALLOW_NETWORKS: '127.0.0.0/8',
    SECRET_KEY: randomBytes(32).toString('base64'),
    ...env,
  });
  const db = createDb(config.DATABASE_URL!);
  const { orgId } = await bootstrapDatabase(db, token);
  // Tests of worker crashes run workers as separate processes instead (options.worker: false).
  const inProcess =
    options.worker === false
      ? undefined
      : await createCallWorker({
          temporalAddress: services.temporalAddress,
          namespace: config.TEMPORAL_NAMESPACE,
          taskQueue: config.TEMPORAL_TASK_QUEUE,
          db,
          config,
          workflowBundlePath: services.workflowBundlePath,
        });
  const running = inProcess?.worker.run();
  const api = await startApiServer({ config, db, temporalAddress: services.temporalAddress });
  const temporal = await connectTemporalClient({ address: services.temporalAddress, namespace: config.TEMPORAL_NAMESPACE });

  const stack: TestStack = {
    config,
    db,
    temporal,
    api,
    orgId,
    token,
    async request(path, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      const bearer = init.token === undefined ? token : init.token;
      if (bearer) headers.authorization = `Bearer ${bearer}`;
      if (init.body !== undefined) headers['content-type'] ??= 'application/json';
      const res = await fetch(`${api.url}${path}`, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers,
        body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
      return { status: res.status, headers: res.headers, body };
    },
    async ok(path, init) {
      const res = await stack.request(path, init);
      if (res.status >= 300) throw new Error(`${init?.method ?? (init?.body === undefined ? 'GET' : 'POST')} ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
      return res.body;
    },
    async stop() {
      await api.close();
      if (inProcess) {
        inProcess.worker.shutdown();
        await running;
        await inProcess.connection.close();
      }
      // Workers create their task queue's expiry schedule; a finished test file leaves none behind.
      await temporal.schedule.getHandle(preCallExpiryScheduleId(config.TEMPORAL_TASK_QUEUE)).delete().catch(() => undefined);
      await temporal.schedule.getHandle(logRetentionScheduleId(config.TEMPORAL_TASK_QUEUE)).delete().catch(() => undefined);
      await temporal.connection.close();
      await db.destroy();
    },
  };
  return stack;
}

/**
 * The usual test file: one stack and one receiver for all its tests, stopped afterwards. `ready` runs once both
 * are up (assign them to the file's variables there, and do any shared setup).
 */
export function useStackAndReceiver(env: Record<string, string>, ready: (stack: TestStack, receiver: Receiver) => void | Promise<void>): void {
  let stack: TestStack | undefined;
  let receiver: Receiver | undefined;
  beforeAll(async () => {
    stack = await startTestStack(env);
    receiver = await Receiver.start();
    await ready(stack, receiver);
  });
  afterAll(async () => {
    await receiver?.close();
    await stack?.stop();
  });
}

/** A test file's stack and a second API process on it (startSecondApi), both stopped afterwards. */
export function useStackAndSecondApi(ready: (stack: TestStack, second: RunningApi) => void): void {
  let stack: TestStack | undefined;
  let second: RunningApi | undefined;
  beforeAll(async () => {
    stack = await startTestStack();
    second = await startSecondApi(stack);
    ready(stack, second);
  });
  afterAll(async () => {
    await second?.close();
    await stack?.stop();
  });
}
