import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { bootstrapDatabase } from '../../src/db/bootstrap';
import { createDb } from '../../src/db/database';
import { freePort } from '../../src/dev/free-port';
import { startEmbeddedPostgres } from '../../src/dev/postgres';
import { locateTemporalCli } from '../../src/dev/temporal-cli';
import { startTemporalDevServer } from '../../src/dev/temporal-server';
import { WORKER_ENV_DEFAULTS } from '../../src/process/role-process';
import { RoleProcess } from './processes';

export interface BenchStack {
  api: RoleProcess;
  worker: RoleProcess;
  floorWorker: RoleProcess;
  apiUrl: string;
  databaseUrl: string;
  token: string;
  orgId: string;
  taskQueue: string;
  floorTaskQueue: string;
  temporal: Client;
  stop(): Promise<void>;
}

/**
 * What `npm start` runs, in a scratch directory: embedded PostgreSQL, the Temporal dev server on a SQLite file
 * with the same settings, then the API and the worker as separate processes — plus the engine floor's worker.
 */
export async function startBenchStack(log: (line: string) => void): Promise<BenchStack> {
  const stops: Array<() => Promise<unknown>> = [];
  const stop = async () => {
    for (const fn of stops.reverse()) await fn().catch(() => undefined);
  };
  try {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'callhooks-bench-'));
    await chmod(dir, 0o755);
    stops.push(() => rm(dir, { recursive: true, force: true }));
    const pg = await startEmbeddedPostgres(path.join(dir, 'postgres'), { port: await freePort() });
    stops.push(pg.stop);
    const cliPath = await locateTemporalCli({ explicitPath: process.env.TEMPORAL_CLI_PATH, toolsDir: path.resolve(__dirname, '../../.tools'), log });
    const server = await startTemporalDevServer({ cliPath, port: await freePort(), dbFile: path.join(dir, 'temporal.db'), namespace: 'default' });
    stops.push(server.stop);

    const token = `chk_${randomBytes(24).toString('base64url')}`;
    const db = createDb(pg.url);
    const { orgId } = await bootstrapDatabase(db, token);
    await db.destroy();

    const port = await freePort();
    const taskQueue = 'callhooks-bench';
    const floorTaskQueue = 'floor-bench';
    const env = {
      DATABASE_URL: pg.url,
      TEMPORAL_ADDRESS: server.address,
      TEMPORAL_TASK_QUEUE: taskQueue,
      SECRET_KEY: randomBytes(32).toString('base64'),
      OUTGOING_ALLOW_NETWORKS: '127.0.0.0/8',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      WORKER_METRICS_PORT: '0',
    };
    // The roles as production runs them: compiled, the worker on the prebuilt workflow bundle (npm run build).
    const worker = await RoleProcess.start('worker', ['dist/worker.js'], { ...WORKER_ENV_DEFAULTS, ...env }, /worker: polling/);
    stops.push(() => worker.stop());
    const api = await RoleProcess.start('api', ['dist/api/server.js'], env, /api: listening/);
    stops.push(() => api.stop());
    const floorEnv = { TEMPORAL_ADDRESS: server.address, FLOOR_TASK_QUEUE: floorTaskQueue };
    const floorWorker = await RoleProcess.start('floor worker', ['--import', 'tsx', 'bench/floor/worker.ts'], floorEnv, /floor worker: polling/);
    stops.push(() => floorWorker.stop());

    const connection = await Connection.connect({ address: server.address });
    stops.push(() => connection.close());
    const temporal = new Client({ connection });
    return { api, worker, floorWorker, apiUrl: `http://127.0.0.1:${port}`, databaseUrl: pg.url, token, orgId, taskQueue, floorTaskQueue, temporal, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
